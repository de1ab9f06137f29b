import { describe, expect, it } from 'vitest';
import { courseOf, newestFirst } from './prescriptions-course.js';

const KYIV = 'Europe/Kyiv';

describe('a prescription course', () => {
  it('counts the day it was issued as its first day', () => {
    // 10:00 in Kyiv on 2 March 2026; 30 days run to 31 March.
    const course = courseOf('2026-03-02T08:00:00Z', 30, KYIV, new Date('2026-03-31T20:00:00Z'));
    expect(course).toEqual({ lastDay: '2026-03-31', current: true });
  });

  it('ends after its last clinic day, by the clinic clock and not UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Kyiv.
    expect(courseOf('2026-03-02T08:00:00Z', 30, KYIV, new Date('2026-03-31T23:30:00Z')).current).toBe(false);
    // Issued at 00:30 in Kyiv on 3 March, which is still 2 March in UTC.
    expect(courseOf('2026-03-02T22:30:00Z', 1, KYIV, new Date('2026-03-03T12:00:00Z'))).toEqual({
      lastDay: '2026-03-03',
      current: true,
    });
  });

  it('lists the newest first', () => {
    const list = [
      { id: 'a', issuedAt: '2026-03-01T08:00:00Z' },
      { id: 'b', issuedAt: '2026-03-05T08:00:00Z' },
      { id: 'c', issuedAt: '2026-03-05T08:00:00Z' },
    ];
    expect(newestFirst(list).map((p) => p.id)).toEqual(['c', 'b', 'a']);
    expect(list.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});
