import { addDays, clinicToday } from '../../ui/format.js';

/**
 * The clinic's days and weeks as instants the API filters by: a clinic day runs from its
 * midnight to the next in the clinic's zone, whatever zone the browser is in, and a week
 * from Monday to Sunday (ISO weeks, as the schedule board cuts them).
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a clinic day (YYYY-MM-DD) begins, as the API's DateTime. */
export function startOfClinicDay(date: string, zone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wallMidnight = Date.UTC(year, month - 1, day);
  // The offset at the guess, then at the instant it gives: right on either side of a DST change.
  const guess = wallMidnight - offsetAt(wallMidnight, zone);
  return new Date(wallMidnight - offsetAt(guess, zone)).toISOString();
}

/** The clinic day an instant falls on. */
export const clinicDateOf = (iso: string, zone: string): string => clinicToday(zone, new Date(iso));

/** The Monday of a date's ISO week. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export interface ClinicDay {
  date: string;
  from: string;
  to: string;
}

export interface ClinicWeek {
  /** Its Monday. */
  monday: string;
  /** Its Sunday, included. */
  sunday: string;
  /** From Monday's midnight to the next Monday's, at the clinic. */
  from: string;
  to: string;
}

export function clinicDay(date: string, zone: string): ClinicDay {
  return { date, from: startOfClinicDay(date, zone), to: startOfClinicDay(addDays(date, 1), zone) };
}

/** The week holding `date` (any day of it; a malformed one means this week). */
export function clinicWeek(zone: string, now: Date, date?: string | null): ClinicWeek {
  const valid = date && DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : null;
  const monday = mondayOf(valid ?? clinicToday(zone, now));
  return {
    monday,
    sunday: addDays(monday, 6),
    from: startOfClinicDay(monday, zone),
    to: startOfClinicDay(addDays(monday, 7), zone),
  };
}
