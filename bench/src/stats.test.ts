import { describe, expect, it } from 'vitest';
import { percentiles, quantile, spreadOf, spreads } from './stats.js';

describe('benchmark statistics', () => {
  it('takes quantiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarises unsorted samples', () => {
    expect(percentiles([5, 1, 4, 2, 3])).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5 });
  });

  it('gives the median and spread of repetitions, the middle pair averaged', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: [3, 1, 2] });
    expect(spreadOf([4, 1, 2, 3])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });

  it('spreads each named number of a run', () => {
    expect(
      spreads([
        { a: 1, b: 10 },
        { a: 3, b: 30 },
        { a: 2, b: 20 },
      ]),
    ).toMatchObject({
      a: { median: 2 },
      b: { median: 20, min: 10, max: 30 },
    });
  });
});
