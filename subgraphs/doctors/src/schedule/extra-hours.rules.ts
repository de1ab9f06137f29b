import { addDays, daysBetweenInclusive, zonedToUtc, type InvalidField } from '@hospital/kit';
import { CLINIC_CLOSES, CLINIC_OPENS, clockTimeOnGrid, formatClockTime, SLOT_MINUTES } from './schedule.rules.js';

/** A window of one clinic day in which a doctor sees patients beyond their week, in minutes after midnight. */
export interface ExtraHoursWindow {
  /** The clinic day, YYYY-MM-DD. */
  date: string;
  startMinute: number;
  /** Exclusive. */
  endMinute: number;
}

export interface ExtraHoursText {
  date: string;
  startTime: string;
  endTime: string;
}

export type ExtraHoursCheck =
  { window: ExtraHoursWindow; problems: [] } | { window?: undefined; problems: InvalidField[] };

/**
 * An extra window is HH:MM on the 30-minute grid, starts before it ends, lies
 * inside clinic hours (a visit outside them breaks CLINIC_HOURS, so a window there
 * would open nothing) and is on `today` or later in the clinic's calendar. It may
 * overlap the doctor's weekly hours: readers take the union, and the week may be
 * changed later anyway.
 */
export function checkExtraHours(input: ExtraHoursText, today: string, clinicTimeZone: string): ExtraHoursCheck {
  const problems: InvalidField[] = [];
  if (input.date < today) problems.push({ field: 'date', message: `must be today (${today}) or later` });
  const start = clockTimeOnGrid(input.startTime, 'startTime', problems);
  const end = clockTimeOnGrid(input.endTime, 'endTime', problems);
  if (start !== undefined && end !== undefined) {
    if (start >= end) problems.push({ field: 'endTime', message: 'must be after startTime' });
    else if (start < CLINIC_OPENS || end > CLINIC_CLOSES) {
      const hours = `${formatClockTime(CLINIC_OPENS)}–${formatClockTime(CLINIC_CLOSES)}`;
      problems.push({ field: 'startTime', message: `must lie within clinic hours ${hours} (${clinicTimeZone})` });
    }
  }
  if (problems.length || start === undefined || end === undefined) return { problems };
  return { window: { date: input.date, startMinute: start, endMinute: end }, problems: [] };
}

/** The 30-minute blocks a window covers, by their first minute: two windows of a day overlap exactly when they share one. */
export function blocksOfWindow(window: Pick<ExtraHoursWindow, 'startMinute' | 'endMinute'>): number[] {
  const blocks: number[] = [];
  for (let minute = window.startMinute; minute < window.endMinute; minute += SLOT_MINUTES) blocks.push(minute);
  return blocks;
}

/** The first of `others` (of the same day) that `window` overlaps; back to back is no overlap. */
export const overlappedBy = <W extends ExtraHoursWindow>(
  window: ExtraHoursWindow,
  others: readonly W[],
): W | undefined =>
  others.find(
    (other) =>
      other.date === window.date && other.startMinute < window.endMinute && window.startMinute < other.endMinute,
  );

/** The window as instants, for whoever reads the schedule-changed event. */
export const instantsOf = (window: ExtraHoursWindow, clinicTimeZone: string): { from: Date; to: Date } => ({
  from: zonedToUtc(window.date, window.startMinute, clinicTimeZone),
  to: zonedToUtc(window.date, window.endMinute, clinicTimeZone),
});

/** How many days of extra hours one read may span: a year, so that one answer stays small. */
export const MAX_EXTRA_HOURS_DAYS = 366;

export type DayRangeCheck = { range: { from: string; to: string }; problem?: undefined } | { problem: InvalidField };

/**
 * The clinic days whose extra hours are read: by default from today for a year;
 * `to` not before `from`, and at most MAX_EXTRA_HOURS_DAYS days in all.
 */
export function extraHoursRange(
  from: string | null | undefined,
  to: string | null | undefined,
  today: string,
): DayRangeCheck {
  const first = from ?? today;
  const last = to ?? addDays(first, MAX_EXTRA_HOURS_DAYS - 1);
  const days = daysBetweenInclusive(first, last);
  if (days < 1) return { problem: { field: 'to', message: 'must not be before from' } };
  if (days > MAX_EXTRA_HOURS_DAYS) {
    return { problem: { field: 'to', message: `must be at most ${MAX_EXTRA_HOURS_DAYS} days in all` } };
  }
  return { range: { from: first, to: last } };
}
