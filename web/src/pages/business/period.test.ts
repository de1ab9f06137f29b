import { describe, expect, it } from 'vitest';
import { periodProblem, quickPeriod } from './period.js';

describe('quick periods', () => {
  it('is the whole calendar month, whatever its length', () => {
    expect(quickPeriod('this-month', '2025-02-14')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(quickPeriod('this-month', '2024-02-29')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quickPeriod('this-month', '2025-01-31')).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    expect(quickPeriod('this-month', '2025-12-01')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('goes back over the new year for last month', () => {
    expect(quickPeriod('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(quickPeriod('last-month', '2025-03-31')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });

  it('is January to December for this year', () => {
    expect(quickPeriod('this-year', '2025-07-04')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('periodProblem', () => {
  it('accepts a period of one day or more', () => {
    expect(periodProblem({ from: '2025-03-01', to: '2025-03-01' })).toBeNull();
    expect(periodProblem({ from: '2025-03-01', to: '2025-04-30' })).toBeNull();
  });

  it('asks for both days and for them in order', () => {
    expect(periodProblem({ from: '', to: '2025-03-01' })).toMatch(/both/);
    expect(periodProblem({ from: '2025-03-02', to: '2025-03-01' })).toMatch(/before the first day/);
  });
});
