import {
  addDays,
  BadUserInputError,
  daysBetweenInclusive,
  weekdayOf,
  WEEKDAYS,
  zonedParts,
  zonedToUtc,
  type Weekday,
} from '@hospital/kit';
import { SLOT_MINUTES, windowsOn } from '../appointment/booking.rules.js';
import type { Period, WeeklyWindow } from '../clients/doctors.client.js';
import { ScheduleGrouping } from './board.enums.js';

/** A quarter (July to September) is the longest; the board's cost grows with its days, never its statements. */
export const MAX_BOARD_DAYS = 92;

const MINUTE = 60_000;
const SLOT_MS = SLOT_MINUTES * MINUTE;
const DAY_MS = 86_400_000;

/** Hours a doctor opens on one date outside the usual week, in minutes after midnight, clinic time. */
export interface DatedWindow {
  date: string;
  startMinute: number;
  endMinute: number;
}

/** A doctor's schedule as the board needs it. */
export interface BoardDoctor {
  id: string;
  weeklyAvailability: WeeklyWindow[];
  extraHours: DatedWindow[];
  timeOff: Period[];
}

/** APPROVED and COMPLETED visits are booked; PENDING ones wait for the doctor. The others hold nothing. */
export type VisitStanding = 'BOOKED' | 'PENDING';

export interface BoardVisit {
  doctorId: string;
  standing: VisitStanding;
  start: Date;
  end: Date;
}

/** Clinic days from `start` to `end`, both included. */
export interface BoardPeriod {
  start: string;
  end: string;
  dates: string[];
}

export interface SlotFigures {
  capacitySlots: number;
  bookedSlots: number;
  pendingSlots: number;
  freeSlots: number;
  utilisation: number;
}

export interface BoardRowFigures extends SlotFigures {
  doctorId: string;
}

export interface BoardPeriodFigures {
  start: string;
  end: string;
  rows: BoardRowFigures[];
}

/** The number of clinic days asked for; BAD_USER_INPUT when `to` is before `from` or the range is too long. */
export function checkBoardRange(from: string, to: string): number {
  const days = daysBetweenInclusive(from, to);
  if (days < 1) throw BadUserInputError.field('to', `must not be before from (${from})`);
  if (days > MAX_BOARD_DAYS) {
    throw BadUserInputError.field(
      'to',
      `the board covers at most ${MAX_BOARD_DAYS} days from \`from\` to \`to\`, both included; ${days} were asked for`,
    );
  }
  return days;
}

/** The first day of the whole period `date` belongs to: itself, the Monday of its ISO week, the 1st of its month. */
export function periodStartOf(date: string, groupBy: ScheduleGrouping): string {
  if (groupBy === ScheduleGrouping.DAY) return date;
  if (groupBy === ScheduleGrouping.MONTH) return `${date.slice(0, 8)}01`;
  let monday = date;
  while (weekdayOf(monday) !== 'MONDAY') monday = addDays(monday, -1);
  return monday;
}

/**
 * The periods of [from, to], each clipped to the range: a board from a Wednesday
 * by WEEK starts with Wednesday to Sunday, so that every figure counts only days
 * that were asked for and the periods add up to the range.
 */
export function boardPeriods(from: string, to: string, groupBy: ScheduleGrouping): BoardPeriod[] {
  const periods: BoardPeriod[] = [];
  const days = daysBetweenInclusive(from, to);
  for (let i = 0; i < days; i += 1) {
    const date = addDays(from, i);
    const last = periods.at(-1);
    if (last && periodStartOf(date, groupBy) === periodStartOf(last.start, groupBy)) {
      last.end = date;
      last.dates.push(date);
    } else {
      periods.push({ start: date, end: date, dates: [date] });
    }
  }
  return periods;
}

/** A clinic day on the real time line: 23 or 25 hours long when the clocks change. */
export interface ClinicDay {
  date: string;
  /** Epoch ms of its local midnight and of the next one. */
  start: number;
  end: number;
  /** The instant (epoch ms) the clinic's clock shows `minute` on this day; null when the clock skips that reading. */
  at(minute: number): number | null;
}

export function clinicDay(date: string, timeZone: string): ClinicDay {
  const start = zonedToUtc(date, 0, timeZone).getTime();
  const end = zonedToUtc(addDays(date, 1), 0, timeZone).getTime();
  // A day of 24 hours keeps one offset throughout: its readings are plain arithmetic, without the cost of Intl.
  if (end - start === DAY_MS) return { date, start, end, at: (minute) => start + minute * MINUTE };
  return {
    date,
    start,
    end,
    at(minute) {
      const instant = zonedToUtc(date, minute, timeZone);
      const shown = zonedParts(instant, timeZone);
      return shown.date === date && shown.minutes === minute ? instant.getTime() : null;
    },
  };
}

/** Windows of minutes after midnight, overlapping and back-to-back ones joined. */
export function mergeWindows(windows: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

const overlaps = (timeOff: readonly Period[], start: number, end: number): boolean =>
  timeOff.some((t) => t.start.getTime() < end && t.end.getTime() > start);

/**
 * The doctor's capacity on a clinic day, as the instants (epoch ms) its
 * 30-minute slots start: every wall-clock half hour inside the weekday's hours
 * or the date's extra hours (counted once where they overlap), less those
 * touching time off. A half hour the clock skips on the night it springs
 * forward is no slot; one it repeats in autumn counts once, as its reading does.
 */
export function capacityOn(
  doctor: Pick<BoardDoctor, 'weeklyAvailability' | 'timeOff'>,
  extraHours: readonly DatedWindow[],
  day: ClinicDay,
): number[] {
  const windows = mergeWindows([
    ...windowsOn(doctor.weeklyAvailability, weekdayOf(day.date)),
    ...extraHours.filter((w) => w.date === day.date).map((w) => ({ start: w.startMinute, end: w.endMinute })),
  ]);
  return slotsIn(windows, doctor.timeOff, day);
}

/** The slots of merged wall-clock windows on a clinic day, less those touching time off. */
function slotsIn(windows: readonly { start: number; end: number }[], timeOff: readonly Period[], day: ClinicDay) {
  const slots: number[] = [];
  for (const window of windows) {
    const first = Math.ceil(window.start / SLOT_MINUTES) * SLOT_MINUTES;
    for (let minute = first; minute + SLOT_MINUTES <= window.end; minute += SLOT_MINUTES) {
      const start = day.at(minute);
      if (start !== null && !overlaps(timeOff, start, start + SLOT_MS)) slots.push(start);
    }
  }
  return slots;
}

/** The 30-minute blocks a visit covers, as the instants (epoch ms) they start; a part of a block counts whole. */
export function visitBlocks(start: Date, end: Date): number[] {
  const count = Math.max(1, Math.ceil((end.getTime() - start.getTime()) / SLOT_MS));
  return Array.from({ length: count }, (_, i) => start.getTime() + i * SLOT_MS);
}

export const utilisationOf = (bookedSlots: number, capacitySlots: number): number =>
  capacitySlots > 0 ? bookedSlots / capacitySlots : 0;

/** The index of the day whose [start, end) holds `instant`, or -1 outside them all. */
function dayIndexOf(days: readonly ClinicDay[], instant: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const day = days[middle] as ClinicDay;
    if (instant < day.start) high = middle - 1;
    else if (instant >= day.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

export interface BoardInput {
  from: string;
  to: string;
  groupBy: ScheduleGrouping;
  timeZone: string;
  /** In the order the rows are shown. */
  doctors: readonly BoardDoctor[];
  /** Booked and pending visits of these doctors starting in the range; others are ignored. */
  visits: readonly BoardVisit[];
}

/**
 * The board: per period, one row per doctor. Capacity and visits are counted per
 * clinic day, a visit on the day it starts; free are the capacity slots no
 * booked or pending visit covers, so a visit left standing in time off (accepted,
 * and kept until someone moves it) takes no capacity it does not have, while it
 * still counts as booked or pending.
 */
export function scheduleBoard(input: BoardInput): BoardPeriodFigures[] {
  const periods = boardPeriods(input.from, input.to, input.groupBy);
  const days = periods.flatMap((p) => p.dates).map((date) => clinicDay(date, input.timeZone));
  const periodOfDay = periods.flatMap((p, index) => p.dates.map(() => index));
  const rangeStart = days[0]?.start ?? 0;
  const rangeEnd = days.at(-1)?.end ?? 0;

  const doctorIndex = new Map(input.doctors.map((d, index) => [d.id, index]));
  const figures = periods.map(() =>
    input.doctors.map(() => ({ capacitySlots: 0, bookedSlots: 0, pendingSlots: 0, freeSlots: 0 })),
  );
  const covered = input.doctors.map(() => new Set<number>());

  for (const visit of input.visits) {
    const d = doctorIndex.get(visit.doctorId);
    const dayIndex = dayIndexOf(days, visit.start.getTime());
    if (d === undefined || dayIndex < 0) continue;
    const blocks = visitBlocks(visit.start, visit.end);
    for (const block of blocks) covered[d]?.add(block);
    const row = figures[periodOfDay[dayIndex] as number]?.[d];
    if (!row) continue;
    if (visit.standing === 'BOOKED') row.bookedSlots += blocks.length;
    else row.pendingSlots += blocks.length;
  }

  const weekdays = days.map((day) => weekdayOf(day.date));
  for (const [d, doctor] of input.doctors.entries()) {
    const timeOff = doctor.timeOff.filter((t) => t.start.getTime() < rangeEnd && t.end.getTime() > rangeStart);
    // Each weekday's windows merged once, not once per date: a quarter has 13 Mondays.
    const weekly = new Map(WEEKDAYS.map((weekday) => [weekday, windowsOn(doctor.weeklyAvailability, weekday)]));
    const extraOn = new Map<string, { start: number; end: number }[]>();
    for (const w of doctor.extraHours) {
      extraOn.set(w.date, [...(extraOn.get(w.date) ?? []), { start: w.startMinute, end: w.endMinute }]);
    }
    const occupied = covered[d] as Set<number>;
    for (const [dayIndex, day] of days.entries()) {
      const row = figures[periodOfDay[dayIndex] as number]?.[d];
      if (!row) continue;
      const usual = weekly.get(weekdays[dayIndex] as Weekday) ?? [];
      const extra = extraOn.get(day.date);
      const capacity = slotsIn(extra ? mergeWindows([...usual, ...extra]) : usual, timeOff, day);
      row.capacitySlots += capacity.length;
      row.freeSlots += capacity.filter((slot) => !occupied.has(slot)).length;
    }
  }

  return periods.map((period, p) => ({
    start: period.start,
    end: period.end,
    rows: input.doctors.map((doctor, d) => {
      const row = figures[p]?.[d] ?? { capacitySlots: 0, bookedSlots: 0, pendingSlots: 0, freeSlots: 0 };
      return { doctorId: doctor.id, ...row, utilisation: utilisationOf(row.bookedSlots, row.capacitySlots) };
    }),
  }));
}
