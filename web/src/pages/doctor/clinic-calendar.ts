import { addDays, clinicDaySpan, clinicDayStart, clinicToday } from '../../ui/format.js';

/**
 * The clinic's days and weeks as instants the API filters by: a clinic day runs from its
 * midnight to the next in the clinic's zone, whatever zone the browser is in, and a week
 * from Monday to Sunday (ISO weeks, as the schedule board cuts them).
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  return { date, ...clinicDaySpan(date, zone) };
}

/** The week holding `date` (any day of it; a malformed one means this week). */
export function clinicWeek(zone: string, now: Date, date?: string | null): ClinicWeek {
  const valid = date && DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : null;
  const monday = mondayOf(valid ?? clinicToday(zone, now));
  return {
    monday,
    sunday: addDays(monday, 6),
    from: clinicDayStart(monday, zone),
    to: clinicDayStart(addDays(monday, 7), zone),
  };
}
