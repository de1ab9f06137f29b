import { BusinessRuleViolation, zonedParts, zonedToUtc, type Weekday } from '@hospital/kit';
import type { DoctorSchedule, Period, ServiceInfo, WeeklyWindow } from '../clients/doctors.client.js';

export const SLOT_MINUTES = 30;
export const CLINIC_OPENS = 9 * 60;
export const CLINIC_CLOSES = 18 * 60;
export const LEAD_TIME_MINUTES = 120;
export const DAILY_CAP = 8;

const MINUTE = 60_000;

/** A visit as the booking rules see it. */
export interface Visit {
  doctorId: string;
  start: Date;
  end: Date;
}

/** Where a start falls on the clinic's clock. */
export interface ClinicTime {
  date: string;
  minutes: number;
  dayOfWeek: Weekday;
}

// Each predicate below is used twice: to judge a request and to list free slots.

export const meetsLeadTime = (start: Date, now: Date): boolean =>
  start.getTime() >= now.getTime() + LEAD_TIME_MINUTES * MINUTE;

export const isAligned = (start: Date, at: ClinicTime): boolean =>
  at.minutes % SLOT_MINUTES === 0 && start.getUTCSeconds() === 0 && start.getUTCMilliseconds() === 0;

/** The whole visit inside 09:00–18:00 of one clinic day. */
export const isInClinicHours = (at: ClinicTime, durationMinutes: number): boolean =>
  at.minutes >= CLINIC_OPENS && at.minutes + durationMinutes <= CLINIC_CLOSES;

/** The day's windows, back-to-back ones joined, so a visit may run from one into the next. */
export function windowsOn(availability: WeeklyWindow[], day: Weekday): { start: number; end: number }[] {
  const ofDay = availability
    .filter((w) => w.dayOfWeek === day)
    .map((w) => ({ start: w.startMinute, end: w.endMinute }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const window of ofDay) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

export const isInWindows = (windows: { start: number; end: number }[], minutes: number, durationMinutes: number) =>
  windows.some((w) => minutes >= w.start && minutes + durationMinutes <= w.end);

export const isOutsideTimeOff = (timeOff: Period[], start: Date, end: Date): boolean =>
  timeOff.every((t) => t.end.getTime() <= start.getTime() || t.start.getTime() >= end.getTime());

/**
 * The doctor's hours on one clinic day: the week's windows of its weekday and the
 * extra hours of that date together, joined where they meet or overlap, so a visit
 * may run from weekly hours into extra ones.
 */
export function hoursOn(
  doctor: Pick<DoctorSchedule, 'weeklyAvailability' | 'extraHours'>,
  date: string,
  day: Weekday,
): { start: number; end: number }[] {
  const extra = doctor.extraHours
    .filter((e) => e.date === date)
    .map((e) => ({ dayOfWeek: day, startMinute: e.startMinute, endMinute: e.endMinute }));
  return windowsOn(extra.length ? [...doctor.weeklyAvailability, ...extra] : doctor.weeklyAvailability, day);
}

/** DOCTOR_UNAVAILABLE's test: the whole visit inside the doctor's hours of its day, weekly or extra, and none of it in time off. */
export const isWithinDoctorHours = (
  doctor: Pick<DoctorSchedule, 'weeklyAvailability' | 'extraHours' | 'timeOff'>,
  at: ClinicTime,
  start: Date,
  durationMinutes: number,
): boolean =>
  isInWindows(hoursOn(doctor, at.date, at.dayOfWeek), at.minutes, durationMinutes) &&
  isOutsideTimeOff(doctor.timeOff, start, visitEnd(start, durationMinutes));

/** The 30-minute blocks a visit occupies: one held-slot row each. */
export function blocksOf(start: Date, durationMinutes: number): Date[] {
  return Array.from(
    { length: Math.ceil(durationMinutes / SLOT_MINUTES) },
    (_, i) => new Date(start.getTime() + i * SLOT_MINUTES * MINUTE),
  );
}

export const visitEnd = (start: Date, durationMinutes: number): Date =>
  new Date(start.getTime() + durationMinutes * MINUTE);

/**
 * The booking rules that need no database: LEAD_TIME, SLOT_ALIGNMENT,
 * CLINIC_HOURS, DEPARTMENT_MISMATCH, DOCTOR_UNAVAILABLE, in that order. Returns
 * the start on the clinic's clock (its day is the one the daily cap counts).
 */
export function checkBookingRules(input: {
  start: Date;
  now: Date;
  timeZone: string;
  service: ServiceInfo;
  doctor: DoctorSchedule;
}): ClinicTime {
  const { start, now, timeZone, service, doctor } = input;
  const duration = service.durationMinutes;
  if (!meetsLeadTime(start, now)) {
    throw new BusinessRuleViolation(
      'LEAD_TIME',
      `A visit must start at least ${LEAD_TIME_MINUTES / 60} hours from now`,
    );
  }
  const at = zonedParts(start, timeZone);
  if (!isAligned(start, at)) {
    throw new BusinessRuleViolation('SLOT_ALIGNMENT', 'A visit starts on the hour or the half hour', {
      durationMinutes: duration,
    });
  }
  if (!isInClinicHours(at, duration)) {
    throw new BusinessRuleViolation(
      'CLINIC_HOURS',
      `The whole visit (${duration} minutes) must lie within clinic hours 09:00–18:00 (${timeZone})`,
    );
  }
  if (service.departmentId !== doctor.departmentId) {
    throw new BusinessRuleViolation('DEPARTMENT_MISMATCH', "The service does not belong to the doctor's department");
  }
  if (!isWithinDoctorHours(doctor, at, start, duration)) {
    throw new BusinessRuleViolation('DOCTOR_UNAVAILABLE', 'The doctor does not see patients at that time');
  }
  return at;
}

export interface FreeSlot {
  doctorId: string;
  start: Date;
  end: Date;
  /** The clinic day, YYYY-MM-DD. */
  date: string;
}

export interface SlotSearch {
  doctors: DoctorSchedule[];
  durationMinutes: number;
  /** Clinic days to look at, in order. */
  dates: string[];
  /** Only starts in [from, to). */
  from: Date;
  to: Date;
  now: Date;
  timeZone: string;
  /** `${doctorId}|${epoch ms}` of every held 30-minute block. */
  held: Set<string>;
  /** `${doctorId}|${date}` → active visits that day. */
  dayLoads: Map<string, number>;
}

export const heldKey = (doctorId: string, blockStart: Date) => `${doctorId}|${blockStart.getTime()}`;
export const dayKey = (doctorId: string, date: string) => `${doctorId}|${date}`;

/**
 * Every free start, by day, then time, then doctor order: the rules above plus
 * the held slots and the daily cap. The clinic's grid of a day (its 09:00–18:00
 * half hours as instants) is computed once and shared by every doctor, so the
 * cost is a few array reads per doctor and half hour.
 */
export function freeSlots(search: SlotSearch): FreeSlot[] {
  const { durationMinutes: duration, now, held, dayLoads } = search;
  const found: FreeSlot[] = [];
  const blocks = Math.ceil(duration / SLOT_MINUTES);
  for (const date of search.dates) {
    const grid: Date[] = [];
    for (let m = CLINIC_OPENS; m <= CLINIC_CLOSES; m += SLOT_MINUTES) grid.push(zonedToUtc(date, m, search.timeZone));
    const day = zonedParts(grid[0] as Date, search.timeZone).dayOfWeek;
    const windows = search.doctors.map((doctor) => hoursOn(doctor, date, day));
    for (let m = CLINIC_OPENS; m + duration <= CLINIC_CLOSES; m += SLOT_MINUTES) {
      const index = (m - CLINIC_OPENS) / SLOT_MINUTES;
      const start = grid[index] as Date;
      if (start < search.from || start >= search.to || !meetsLeadTime(start, now)) continue;
      const end = visitEnd(start, duration);
      for (const [d, doctor] of search.doctors.entries()) {
        if ((dayLoads.get(dayKey(doctor.id, date)) ?? 0) >= DAILY_CAP) continue;
        if (!isInWindows(windows[d] ?? [], m, duration)) continue;
        if (!isOutsideTimeOff(doctor.timeOff, start, end)) continue;
        let free = true;
        for (let b = 0; b < blocks && free; b += 1) {
          if (held.has(heldKey(doctor.id, grid[index + b] as Date))) free = false;
        }
        if (free) found.push({ doctorId: doctor.id, start, end, date });
      }
    }
  }
  return found;
}

/** Up to `limit` free slots nearest `wanted`: the doctor's own first, then their colleagues'. */
export function nearestAlternatives(slots: FreeSlot[], wanted: Date, doctorId: string, limit = 3): FreeSlot[] {
  const distance = (s: FreeSlot) => Math.abs(s.start.getTime() - wanted.getTime());
  const byNearness = (a: FreeSlot, b: FreeSlot) => distance(a) - distance(b) || a.start.getTime() - b.start.getTime();
  const own = slots.filter((s) => s.doctorId === doctorId).sort(byNearness);
  const others = slots.filter((s) => s.doctorId !== doctorId).sort(byNearness);
  return [...own, ...others].slice(0, limit);
}
