import { describe, expect, it } from 'vitest';
import { averageOf } from './ratings.js';

describe('averageOf', () => {
  it('is null for no ratings', () => expect(averageOf(0, 0)).toBeNull());

  it.each([
    [5, 1, 5],
    [9, 2, 4.5],
    [13, 3, 4.33],
    [14, 3, 4.67],
    [10, 3, 3.33],
    [11, 3, 3.67],
    // 2.005 exactly: a float division gives 2.00499…, which would round down.
    [401, 200, 2.01],
    [1001, 1000, 1],
    [1005, 1000, 1.01],
  ])('%i over %i ratings is %d', (sum, count, average) => expect(averageOf(sum, count)).toBe(average));
});
