import { describe, expect, it } from 'vitest';
import { defaultPeriod, latestTo, periodProblems } from './waitlist-period.js';

describe('a waiting period', () => {
  const today = '2026-03-02';

  it('starts today for two weeks', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2026-03-02', to: '2026-03-16' });
  });

  it('may end at most 31 days after it starts, across a month end', () => {
    expect(latestTo('2026-01-31')).toBe('2026-03-03');
    expect(periodProblems('2026-03-02', '2026-04-02', today)).toEqual([]);
    expect(periodProblems('2026-03-02', '2026-04-03', today)).toEqual([
      'You can wait for at most 31 days after the first day.',
    ]);
  });

  it('may be a single day, today included', () => {
    expect(periodProblems(today, today, today)).toEqual([]);
  });

  it('says what is wrong with it', () => {
    expect(periodProblems('2026-03-01', '2026-02-27', today)).toEqual([
      'The first day cannot be in the past.',
      'The last day cannot be before the first day.',
    ]);
    expect(periodProblems('', '2026-03-05', today)).toEqual(['Choose the first and the last day you could come.']);
  });
});
