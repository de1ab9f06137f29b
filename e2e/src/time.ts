import { addDays, weekdayOf, zonedToUtc } from '@hospital/kit';

/** The clinic's zone in every end-to-end stack (harness.ts). */
export const CLINIC_ZONE = 'Europe/Kyiv';

/** A Monday at least three weeks ahead in the clinic's calendar, so lead time and today's hour never matter. */
export function mondayAhead(): string {
  let date = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  while (weekdayOf(date) !== 'MONDAY') date = addDays(date, 1);
  return date;
}

/** The instant of `hh:mm` on `date` in the clinic. */
export function at(date: string, hhmm: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return zonedToUtc(date, hours * 60 + minutes, CLINIC_ZONE).toISOString();
}
