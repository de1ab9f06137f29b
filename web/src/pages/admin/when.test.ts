import { describe, expect, it } from 'vitest';
import { formatInstant } from './when.js';

describe('an audit event’s instant', () => {
  it('is written to the second in the clinic’s zone, with its year', () => {
    expect(formatInstant('2026-12-07T08:00:05.120Z', 'Europe/Kyiv')).toBe('7 Dec 2026, 10:00:05');
    // 22:30 UTC on New Year's Eve is already the next year in Kyiv.
    expect(formatInstant('2026-12-31T22:30:00.000Z', 'Europe/Kyiv')).toBe('1 Jan 2027, 00:30:00');
    expect(formatInstant('2026-07-01T00:00:00.000Z', 'UTC')).toBe('1 Jul 2026, 00:00:00');
  });
});
