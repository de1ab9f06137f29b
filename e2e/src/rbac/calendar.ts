import { addDays, weekdayOf } from '@hospital/kit';
import { at, mondayAhead } from '../time.js';

/** Half-hour starts a day; the doctor's daily cap is 8 active visits. */
const STARTS = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30'] as const;

/**
 * Hands out visit starts, each once, on weekdays from three weeks ahead, at most
 * the daily cap a day: no fixture visit meets another's booking rule.
 */
export class Calendar {
  private day = mondayAhead();
  private used = 0;

  next(): string {
    if (this.used === STARTS.length) {
      do this.day = addDays(this.day, 1);
      while (weekdayOf(this.day) === 'SATURDAY' || weekdayOf(this.day) === 'SUNDAY');
      this.used = 0;
    }
    return at(this.day, STARTS[this.used++]!);
  }

  take(count: number): string[] {
    return Array.from({ length: count }, () => this.next());
  }

  /** An instant after the start of every visit handed out so far. */
  after(): string {
    return at(addDays(this.day, 1), '12:00');
  }
}
