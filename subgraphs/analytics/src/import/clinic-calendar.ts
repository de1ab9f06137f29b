import { zonedToUtc, zoneOffsetMs } from '@hospital/kit';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Marks a span of time in which the zone changes its offset. */
const CHANGING = Number.NaN;

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * A figure that holds for a whole span of time — a day, else an hour — asked for
 * once per span, and for each instant only inside an hour in which it changes.
 */
class SpanCache {
  private readonly days = new Map<number, number>();
  private readonly hours = new Map<number, number>();

  constructor(
    /** The figure throughout [start, start + length), or CHANGING. */
    private readonly over: (start: number, length: number) => number,
    private readonly at: (time: number) => number,
  ) {}

  get(time: number): number {
    const day = Math.floor(time / DAY);
    let figure = this.days.get(day);
    if (figure === undefined) {
      figure = this.over(day * DAY, DAY);
      this.days.set(day, figure);
    }
    if (!Number.isNaN(figure)) return figure;
    const hour = Math.floor(time / HOUR);
    figure = this.hours.get(hour);
    if (figure === undefined) {
      figure = this.over(hour * HOUR, HOUR);
      this.hours.set(hour, figure);
    }
    return Number.isNaN(figure) ? this.at(time) : figure;
  }
}

/**
 * The clinic's wall clock and calendar for a file of a million rows. Intl, which
 * knows the zone's rules, costs microseconds a call: it is asked about each day the
 * file covers, about the hours of a day on which the offset changes, and about
 * single instants only within the hour of the change.
 */
export class ClinicCalendar {
  private readonly dates = new Map<number, string>();
  /** The zone's offset from UTC. */
  private readonly offsets: SpanCache;
  /** What to add to a wall-clock reading (written as if it were UTC) to get the instant. */
  private readonly shifts: SpanCache;

  constructor(readonly timeZone: string) {
    this.offsets = new SpanCache(
      (start, length) => {
        const first = zoneOffsetMs(start, timeZone);
        return first === zoneOffsetMs(start + length - 1, timeZone) ? first : CHANGING;
      },
      (instant) => zoneOffsetMs(instant, timeZone),
    );
    this.shifts = new SpanCache(
      (start, length) => {
        const first = this.wallMinute(start);
        return this.wallMinute(start + length - MINUTE) - first === length - MINUTE ? first - start : CHANGING;
      },
      (wall) => {
        const minute = Math.floor(wall / MINUTE) * MINUTE;
        return this.wallMinute(minute) - minute;
      },
    );
  }

  /** The clinic day (YYYY-MM-DD) on which `instant` (ms since the epoch) falls. */
  dayOf(instant: number): string {
    return this.date(Math.floor((instant + this.offsets.get(instant)) / DAY));
  }

  /**
   * The instant at which the clinic's wall clock shows `wall` (a reading written as if
   * it were UTC, ms). Readings skipped or repeated by a daylight-saving change are
   * placed as kit's zonedToUtc places them, so the import agrees with the rest of the code.
   */
  instantOf(wall: number): number {
    return wall + this.shifts.get(wall);
  }

  /** `YYYY-MM-DD HH:MM:SS.mmm` in UTC, as a DATETIME(3) column takes it (and TypeORM writes SQLite datetimes). */
  utcDateTime(instant: number): string {
    const day = Math.floor(instant / DAY);
    const ms = instant - day * DAY;
    const seconds = Math.floor(ms / 1000) % 60;
    const millis = ms % 1000;
    const time = `${twoDigits(Math.floor(ms / HOUR))}:${twoDigits(Math.floor(ms / MINUTE) % 60)}:${twoDigits(seconds)}`;
    return `${this.date(day)} ${time}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}`;
  }

  private date(dayNumber: number): string {
    let date = this.dates.get(dayNumber);
    if (date === undefined) {
      date = new Date(dayNumber * DAY).toISOString().slice(0, 10);
      this.dates.set(dayNumber, date);
    }
    return date;
  }

  private wallMinute(minute: number): number {
    const day = Math.floor(minute / DAY);
    return zonedToUtc(this.date(day), (minute - day * DAY) / MINUTE, this.timeZone).getTime();
  }
}
