import { describe, expect, it } from 'vitest';
import { dateInZone } from './time.js';

describe('dateInZone', () => {
  it('names the day in the clinic, not in UTC', () => {
    const lateEvening = new Date('2026-03-28T22:30:00Z');
    expect(dateInZone(lateEvening, 'UTC')).toBe('2026-03-28');
    expect(dateInZone(lateEvening, 'Europe/Kyiv')).toBe('2026-03-29');
  });
});
