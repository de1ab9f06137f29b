/**
 * The month calendar of free days: clinic dates (YYYY-MM-DD) laid out in Monday-first weeks
 * (the instants a clinic day spans are ui/format.ts's clinicDaySpan). Dates are calendar dates,
 * never instants: the 7th at the clinic is the 7th wherever the browser is.
 */

/** What AvailabilityCalendar answers for one clinic day. */
export interface CalendarDayInput {
  date: string;
  freeSlotCount: number;
  doctors: readonly { id: string }[];
}

export interface CalendarCell {
  date: string;
  /** Day of the month. */
  day: number;
  /** "Monday 7 December". */
  name: string;
  weekday: string;
  /** "December" */
  monthName: string;
  /** Free starts that day: all the department's, or the one doctor's day when the grid is for one doctor. */
  freeSlotCount: number;
  /** Doctors with a free start that day. */
  doctorCount: number;
  today: boolean;
}

export interface MonthGrid {
  /** YYYY-MM */
  month: string;
  /** "December 2026" */
  title: string;
  /** Monday to Sunday; null where a week reaches into the next or previous month. */
  weeks: (CalendarCell | null)[][];
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const utcOf = (date: string): Date => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
};

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** The month (YYYY-MM) a clinic date falls in. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** A month moved by whole months. */
export function shiftMonth(month: string, by: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return iso(new Date(Date.UTC(year, index - 1 + by, 1))).slice(0, 7);
}

/** The first and the last clinic date of a month: at most 31 days, what AvailabilityCalendar accepts. */
export function monthRange(month: string): { from: string; to: string } {
  const first = utcOf(`${month}-01`);
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { from: iso(first), to: iso(last) };
}

/** "Monday 7 December". */
export function dayName(date: string): string {
  const at = utcOf(date);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    at,
  );
}

/** What follows a day's count of free doctors: "1 doctor free", "3 doctors free". */
export const doctorsFree = (count: number): string => (count === 1 ? 'doctor free' : 'doctors free');

/** What is free on a day, in words: "3 doctors free", "1 doctor free", "no free time". */
export function freeWords(cell: CalendarCell): string {
  return cell.doctorCount === 0 ? 'no free time' : `${cell.doctorCount} ${doctorsFree(cell.doctorCount)}`;
}

/**
 * The month's weeks, Monday first, each day with what the API says is free on it; a day the
 * API did not answer for has nothing free. With `doctorId`, only that doctor's days count.
 */
export function monthGrid(
  month: string,
  days: readonly CalendarDayInput[],
  today: string,
  doctorId?: string | null,
): MonthGrid {
  const { from, to } = monthRange(month);
  const byDate = new Map(days.map((day) => [day.date, day]));
  const first = utcOf(from);
  const lastDay = utcOf(to).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' }).format(first);
  const cells: (CalendarCell | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= lastDay; day += 1) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    const answer = byDate.get(date);
    const doctors = answer?.doctors.filter((doctor) => !doctorId || doctor.id === doctorId) ?? [];
    const freeSlotCount = doctors.length ? (answer?.freeSlotCount ?? 0) : 0;
    const at = utcOf(date);
    cells.push({
      date,
      day,
      name: dayName(date),
      weekday: WEEKDAYS[(at.getUTCDay() + 6) % 7] ?? '',
      monthName,
      freeSlotCount,
      doctorCount: doctors.length,
      today: date === today,
    });
  }
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
  const title = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(first);
  return { month, title, weeks };
}
