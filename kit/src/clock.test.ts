import { describe, expect, it } from 'vitest';
import { createClock } from './clock.js';

describe('createClock', () => {
  it('stands CLOCK_OFFSET_MINUTES away from the system time', () => {
    const shifted = createClock(90, false).now().getTime() - Date.now();
    expect(shifted).toBeGreaterThanOrEqual(90 * 60_000 - 50);
    expect(shifted).toBeLessThanOrEqual(90 * 60_000 + 50);
  });

  it('ignores the offset in production', () => {
    expect(Math.abs(createClock(90, true).now().getTime() - Date.now())).toBeLessThan(50);
  });
});
