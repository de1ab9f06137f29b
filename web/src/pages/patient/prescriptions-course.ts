import { addDays, clinicToday } from '../../ui/format.js';

export interface Course {
  /** The last clinic day (YYYY-MM-DD) the medication is taken: the day it was issued counts as the first. */
  lastDay: string;
  /** Whether the course is still being taken on `now`'s clinic day. */
  current: boolean;
}

/** How long a prescription runs: `days` clinic days from the day it was issued. */
export function courseOf(issuedAt: string, days: number, zone: string, now: Date): Course {
  const lastDay = addDays(clinicToday(zone, new Date(issuedAt)), Math.max(days, 1) - 1);
  return { lastDay, current: clinicToday(zone, now) <= lastDay };
}

/** Newest first: what she was prescribed last is what she is most likely looking for. */
export function newestFirst<T extends { issuedAt: string; id: string }>(prescriptions: readonly T[]): T[] {
  return [...prescriptions].sort(
    (a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}
