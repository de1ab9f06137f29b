// The web app bundles this file through `@hospital/kit/time`: it imports nothing, so no Node code follows it there.

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** The days of the week as the clinic names them (the `DayOfWeek` enum's values), Monday first. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Where an instant falls on the wall clock of a time zone. */
export interface ZonedParts {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes after local midnight, 0–1439. */
  minutes: number;
  dayOfWeek: Weekday;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone, kept: building an Intl.DateTimeFormat costs far more than using one. */
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `instant` in `timeZone`, as if that reading were UTC (milliseconds). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at `instant`, in milliseconds (Kyiv in summer: +3 h). */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return wallClockAsUtc(ms, timeZone) - ms;
}

/** The clinic's calendar date, minute of the day and weekday of `instant`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const wall = new Date(wallClockAsUtc(instant.getTime(), timeZone));
  return {
    date: wall.toISOString().slice(0, 10),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    dayOfWeek: WEEKDAYS[(wall.getUTCDay() + 6) % 7] as Weekday,
  };
}

/**
 * The instant at which the wall clock of `timeZone` shows `minutesAfterMidnight` on
 * `date` (YYYY-MM-DD). Correct across daylight-saving changes; a reading skipped by
 * a spring-forward gap maps to the instant the clock jumps over it (it is later by
 * the gap), one repeated in autumn to its first occurrence.
 */
export function zonedToUtc(date: string, minutesAfterMidnight: number, timeZone: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minutesAfterMidnight);
  // The offsets a day before and a day after: at most one change lies between them.
  const before = wall - zoneOffsetMs(wall - 86_400_000, timeZone);
  const after = wall - zoneOffsetMs(wall + 86_400_000, timeZone);
  const real = [before, after].filter((t) => wallClockAsUtc(t, timeZone) === wall).sort((a, b) => a - b);
  // In a spring-forward gap no instant shows `wall`: the old offset gives the moment after the jump.
  return new Date(real[0] ?? before);
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `date` (YYYY-MM-DD) the same calendar day `years` later (29 February becomes 1 March). */
export function yearsAfter(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** The weekday of a calendar date (YYYY-MM-DD); the same in every zone. */
export function weekdayOf(date: string): Weekday {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Weekday;
}

/** Calendar days from `from` to `to` (YYYY-MM-DD), both counted: 1 for the same day, 0 when `to` is earlier. */
export function daysBetweenInclusive(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return ms < 0 ? 0 : Math.round(ms / 86_400_000) + 1;
}
