import { describe, expect, it } from 'vitest';
import { dateOf, describePeriod, groupingOf, isoWeekNumber, percentOf, periodOf, shiftPeriod } from './periods.js';

describe('the schedule board’s periods', () => {
  it('cuts a day, an ISO week from Monday to Sunday, and a calendar month', () => {
    expect(periodOf('2026-12-09', 'DAY')).toEqual({ from: '2026-12-09', to: '2026-12-09' });
    expect(periodOf('2026-12-09', 'WEEK')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    // A Sunday belongs to the week that began the Monday before, a Monday to its own.
    expect(periodOf('2026-12-13', 'WEEK')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(periodOf('2026-12-14', 'WEEK')).toEqual({ from: '2026-12-14', to: '2026-12-20' });
    expect(periodOf('2026-12-31', 'WEEK')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(periodOf('2028-02-10', 'MONTH')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('2026-02-28', 'MONTH')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('keeps whole days across a daylight-saving change', () => {
    expect(periodOf('2026-10-25', 'WEEK')).toEqual({ from: '2026-10-19', to: '2026-10-25' });
    expect(periodOf('2026-03-29', 'WEEK')).toEqual({ from: '2026-03-23', to: '2026-03-29' });
  });

  it('steps to the previous and the next period', () => {
    expect(shiftPeriod('2026-12-31', 'DAY', 1)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(shiftPeriod('2026-12-09', 'WEEK', -1)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(shiftPeriod('2026-12-09', 'WEEK', 4)).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    // From the 31st a month on is the next month, not two months on.
    expect(shiftPeriod('2027-01-31', 'MONTH', 1)).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(shiftPeriod('2027-01-15', 'MONTH', -1)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('numbers ISO weeks, the first holding the year’s first Thursday', () => {
    expect(isoWeekNumber('2026-12-07')).toBe(50);
    expect(isoWeekNumber('2026-12-28')).toBe(53);
    expect(isoWeekNumber('2027-01-03')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2024-12-30')).toBe(1);
  });

  it('names each period', () => {
    expect(describePeriod(periodOf('2026-12-09', 'DAY'), 'DAY')).toBe('Wed 9 Dec 2026');
    expect(describePeriod(periodOf('2026-12-09', 'WEEK'), 'WEEK')).toBe('Week 50: 7 Dec – 13 Dec 2026');
    expect(describePeriod(periodOf('2026-12-09', 'MONTH'), 'MONTH')).toBe('December 2026');
  });

  it('writes utilisation as a whole percentage, over 100 when visits stand in time off', () => {
    expect(percentOf(0)).toBe(0);
    expect(percentOf(0.625)).toBe(63);
    expect(percentOf(1.25)).toBe(125);
  });

  it('reads the grouping and the date a link carries, ignoring what is not one', () => {
    expect(groupingOf('MONTH')).toBe('MONTH');
    expect(groupingOf(null)).toBe('WEEK');
    expect(groupingOf('YEAR')).toBe('WEEK');
    expect(dateOf('2026-12-09')).toBe('2026-12-09');
    expect(dateOf('2026-02-30')).toBeNull();
    expect(dateOf('9 Dec')).toBeNull();
    expect(dateOf(null)).toBeNull();
  });
});
