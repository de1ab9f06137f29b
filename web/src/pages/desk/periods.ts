import type { ScheduleGrouping } from '@hospital/client';
import { addDays } from '../../ui/format.js';

/**
 * The schedule board's periods as clinic dates (YYYY-MM-DD, both ends included): a day, an ISO
 * week (Monday to Sunday) or a calendar month. Dates are calendar dates, not instants, so the
 * arithmetic is done on UTC midnights and never meets a daylight-saving change.
 */
export interface Period {
  from: string;
  to: string;
}

const utc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** Monday 0 … Sunday 6. */
const weekdayOf = (date: string): number => (utc(date).getUTCDay() + 6) % 7;

/** The period of the given grouping that holds `date`. */
export function periodOf(date: string, groupBy: ScheduleGrouping): Period {
  switch (groupBy) {
    case 'DAY':
      return { from: date, to: date };
    case 'WEEK': {
      const monday = addDays(date, -weekdayOf(date));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'MONTH': {
      const day = utc(date);
      const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
      const last = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
      return { from: iso(first), to: iso(last) };
    }
  }
}

/** The period `steps` periods before (negative) or after the one holding `date`. */
export function shiftPeriod(date: string, groupBy: ScheduleGrouping, steps: number): Period {
  const { from } = periodOf(date, groupBy);
  switch (groupBy) {
    case 'DAY':
      return periodOf(addDays(from, steps), groupBy);
    case 'WEEK':
      return periodOf(addDays(from, 7 * steps), groupBy);
    case 'MONTH': {
      const first = utc(from);
      return periodOf(iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + steps, 1))), groupBy);
    }
  }
}

/** The ISO 8601 week number: the week that holds the year's first Thursday is week 1. */
export function isoWeekNumber(date: string): number {
  const thursday = utc(addDays(date, 3 - weekdayOf(date)));
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / 86_400_000 / 7) + 1;
}

const written = (date: string, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(utc(date));

/** How the navigator names a period: "Mon 7 Dec 2026", "Week 50: 7 Dec – 13 Dec 2026", "December 2026". */
export function describePeriod(period: Period, groupBy: ScheduleGrouping): string {
  switch (groupBy) {
    case 'DAY':
      return `${written(period.from, { weekday: 'short' })} ${written(period.from, { day: 'numeric', month: 'short', year: 'numeric' })}`;
    case 'WEEK':
      return `Week ${isoWeekNumber(period.from)}: ${written(period.from, { day: 'numeric', month: 'short' })} – ${written(
        period.to,
        { day: 'numeric', month: 'short', year: 'numeric' },
      )}`;
    case 'MONTH':
      return written(period.from, { month: 'long', year: 'numeric' });
  }
}

/** Utilisation (booked ÷ capacity, above 1 when visits stand in time off) as a whole percentage. */
export const percentOf = (utilisation: number): number => Math.round(utilisation * 100);

const GROUPINGS: readonly ScheduleGrouping[] = ['DAY', 'WEEK', 'MONTH'];

/** The grouping a link or a reload carries (`?by=`), a week when it names none. */
export const groupingOf = (value: string | null): ScheduleGrouping =>
  GROUPINGS.find((grouping) => grouping === value) ?? 'WEEK';

/** A real calendar date (YYYY-MM-DD) from a link, or null. */
export function dateOf(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return iso(utc(value)) === value ? value : null;
}
