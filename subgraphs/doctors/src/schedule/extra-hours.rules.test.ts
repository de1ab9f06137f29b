import { describe, expect, it } from 'vitest';
import {
  blocksOfWindow,
  checkExtraHours,
  extraHoursRange,
  instantsOf,
  MAX_EXTRA_HOURS_DAYS,
  overlappedBy,
  type ExtraHoursText,
} from './extra-hours.rules.js';

const ZONE = 'Europe/Kyiv';
const TODAY = '2026-12-04';
const input = (overrides: Partial<ExtraHoursText> = {}): ExtraHoursText => ({
  date: '2026-12-12',
  startTime: '10:00',
  endTime: '13:30',
  ...overrides,
});
const fieldsOf = (text: ExtraHoursText) => checkExtraHours(text, TODAY, ZONE).problems.map((p) => p.field);

describe('checkExtraHours', () => {
  it('reads a window on the grid, inside clinic hours, today or later, in minutes', () => {
    expect(checkExtraHours(input(), TODAY, ZONE)).toEqual({
      window: { date: '2026-12-12', startMinute: 600, endMinute: 810 },
      problems: [],
    });
    expect(checkExtraHours(input({ date: TODAY, startTime: '09:00', endTime: '18:00' }), TODAY, ZONE).window).toEqual({
      date: TODAY,
      startMinute: 540,
      endMinute: 1080,
    });
  });

  it('refuses a day already past', () => {
    expect(fieldsOf(input({ date: '2026-12-03' }))).toEqual(['date']);
  });

  it('refuses times that are malformed or off the 30-minute grid, naming each', () => {
    expect(fieldsOf(input({ startTime: '10:15' }))).toEqual(['startTime']);
    expect(fieldsOf(input({ startTime: '9:00', endTime: '25:00' }))).toEqual(['startTime', 'endTime']);
    expect(checkExtraHours(input({ endTime: '13:45' }), TODAY, ZONE).problems[0]?.message).toMatch(/30-minute/);
  });

  it('refuses a window that does not end after it starts, or leaves clinic hours', () => {
    expect(fieldsOf(input({ startTime: '12:00', endTime: '12:00' }))).toEqual(['endTime']);
    expect(fieldsOf(input({ startTime: '13:00', endTime: '12:00' }))).toEqual(['endTime']);
    expect(fieldsOf(input({ startTime: '08:30' }))).toEqual(['startTime']);
    expect(fieldsOf(input({ endTime: '18:30' }))).toEqual(['startTime']);
    expect(checkExtraHours(input({ endTime: '19:00' }), TODAY, ZONE).problems[0]?.message).toContain('09:00–18:00');
  });

  it('gives every problem at once', () => {
    expect(fieldsOf({ date: '2020-01-01', startTime: 'x', endTime: '10:10' })).toEqual([
      'date',
      'startTime',
      'endTime',
    ]);
  });
});

describe('overlaps between windows of a day', () => {
  const morning = { date: '2026-12-12', startMinute: 600, endMinute: 720 };
  it('are exactly the windows sharing a 30-minute block', () => {
    expect(blocksOfWindow(morning)).toEqual([600, 630, 660, 690]);
    const cases = [
      [{ ...morning, startMinute: 690, endMinute: 750 }, true],
      [{ ...morning, startMinute: 540, endMinute: 630 }, true],
      [{ ...morning, startMinute: 630, endMinute: 660 }, true],
      [{ ...morning, startMinute: 720, endMinute: 780 }, false],
      [{ ...morning, startMinute: 540, endMinute: 600 }, false],
      [{ ...morning, date: '2026-12-13' }, false],
    ] as const;
    for (const [other, overlaps] of cases) {
      expect(overlappedBy(other, [morning]) !== undefined).toBe(overlaps);
      const shared = blocksOfWindow(other).some(
        (b) => other.date === morning.date && blocksOfWindow(morning).includes(b),
      );
      expect(shared).toBe(overlaps);
    }
  });
});

describe('instantsOf', () => {
  it("places the window on the clinic's clock, in winter and in summer", () => {
    const winter = instantsOf({ date: '2026-12-12', startMinute: 600, endMinute: 720 }, ZONE);
    expect([winter.from.toISOString(), winter.to.toISOString()]).toEqual([
      '2026-12-12T08:00:00.000Z',
      '2026-12-12T10:00:00.000Z',
    ]);
    expect(instantsOf({ date: '2027-07-01', startMinute: 540, endMinute: 600 }, ZONE).from.toISOString()).toBe(
      '2027-07-01T06:00:00.000Z',
    );
  });
});

describe('extraHoursRange', () => {
  it('reads from today for a year by default', () => {
    expect(extraHoursRange(null, null, TODAY)).toEqual({ range: { from: TODAY, to: '2027-12-04' } });
    expect(extraHoursRange('2027-01-01', undefined, TODAY)).toEqual({
      range: { from: '2027-01-01', to: '2028-01-01' },
    });
    expect(extraHoursRange('2026-01-01', '2026-01-01', TODAY)).toEqual({
      range: { from: '2026-01-01', to: '2026-01-01' },
    });
  });

  it('refuses a range that ends before it starts or spans more than a year', () => {
    expect(extraHoursRange('2026-12-10', '2026-12-09', TODAY).problem?.field).toBe('to');
    expect(extraHoursRange('2026-01-01', '2027-01-01', TODAY).problem).toBeUndefined();
    expect(extraHoursRange('2026-01-01', '2027-01-02', TODAY).problem?.message).toContain(`${MAX_EXTRA_HOURS_DAYS}`);
    expect(extraHoursRange('2026-01-01', '2026-12-31', TODAY).problem).toBeUndefined();
  });
});
