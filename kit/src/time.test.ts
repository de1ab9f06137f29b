import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, daysBetweenInclusive, weekdayOf, zonedParts, zonedToUtc, zoneOffsetMs } from './time.js';

const KYIV = 'Europe/Kyiv';

describe('dateInZone', () => {
  it('names the day in the clinic, not in UTC', () => {
    const lateEvening = new Date('2026-03-28T22:30:00Z');
    expect(dateInZone(lateEvening, 'UTC')).toBe('2026-03-28');
    expect(dateInZone(lateEvening, 'Europe/Kyiv')).toBe('2026-03-29');
  });
});

describe('zonedToUtc', () => {
  it('maps 09:00 in Kyiv to 07:00Z in winter and 06:00Z in summer', () => {
    expect(zonedToUtc('2026-01-15', 540, KYIV).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(zonedToUtc('2026-07-15', 540, KYIV).toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('maps 09:00 on the spring-forward day (2026-03-29, 03:00 → 04:00) to summer time', () => {
    expect(zonedToUtc('2026-03-28', 540, KYIV).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(zonedToUtc('2026-03-29', 540, KYIV).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(zonedToUtc('2026-03-29', 0, KYIV).toISOString()).toBe('2026-03-28T22:00:00.000Z');
  });

  it('maps 09:00 on the fall-back day (2026-10-25, 04:00 → 03:00) to winter time', () => {
    expect(zonedToUtc('2026-10-24', 540, KYIV).toISOString()).toBe('2026-10-24T06:00:00.000Z');
    expect(zonedToUtc('2026-10-25', 540, KYIV).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(zonedToUtc('2026-10-25', 0, KYIV).toISOString()).toBe('2026-10-24T21:00:00.000Z');
  });

  it('moves a reading in the spring gap past the jump, and takes the first of a repeated autumn reading', () => {
    expect(zonedToUtc('2026-03-29', 3 * 60 + 30, KYIV).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToUtc('2026-10-25', 3 * 60 + 30, KYIV).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('is the inverse of zonedParts on every clinic slot of a month across both changes', () => {
    for (const [first, days] of [
      ['2026-03-15', 31],
      ['2026-10-10', 31],
    ] as const) {
      for (let i = 0; i < days; i += 1) {
        const date = addDays(first, i);
        for (let minutes = 540; minutes < 1080; minutes += 30) {
          const instant = zonedToUtc(date, minutes, KYIV);
          expect(zonedParts(instant, KYIV)).toMatchObject({ date, minutes });
        }
      }
    }
  });

  it("lists a month's 09:00 slots with the right offset on each side of the change", () => {
    const nineOClock = Array.from({ length: 31 }, (_, i) => zonedToUtc(addDays('2026-03-15', i), 540, KYIV));
    const hours = nineOClock.map((d) => d.getUTCHours());
    // 15–28 March winter (UTC+2), from 29 March summer (UTC+3).
    expect(hours.slice(0, 14)).toEqual(Array(14).fill(7));
    expect(hours.slice(14)).toEqual(Array(17).fill(6));
    // Consecutive slots are 24 h apart except across the change, where the day has 23 h.
    const gaps = nineOClock.slice(1).map((d, i) => (d.getTime() - (nineOClock[i] as Date).getTime()) / 3_600_000);
    expect(gaps.filter((g) => g !== 24)).toEqual([23]);
    const october = Array.from({ length: 31 }, (_, i) => zonedToUtc(addDays('2026-10-10', i), 540, KYIV));
    const octoberGaps = october.slice(1).map((d, i) => (d.getTime() - (october[i] as Date).getTime()) / 3_600_000);
    expect(octoberGaps.filter((g) => g !== 24)).toEqual([25]);
  });

  it('works in UTC and in a zone with a half-hour offset', () => {
    expect(zonedToUtc('2026-05-01', 600, 'UTC').toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(zonedToUtc('2026-05-01', 600, 'Asia/Kolkata').toISOString()).toBe('2026-05-01T04:30:00.000Z');
  });
});

describe('zonedParts', () => {
  it('reads date, minutes and weekday on the clinic clock', () => {
    expect(zonedParts(new Date('2026-03-28T22:30:00Z'), KYIV)).toEqual({
      date: '2026-03-29',
      minutes: 30,
      dayOfWeek: 'SUNDAY',
    });
    expect(zonedParts(new Date('2026-10-25T07:00:00Z'), KYIV)).toEqual({
      date: '2026-10-25',
      minutes: 540,
      dayOfWeek: 'SUNDAY',
    });
  });

  it('knows the offset on either side of a change', () => {
    expect(zoneOffsetMs(new Date('2026-03-29T00:59:00Z'), KYIV)).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(new Date('2026-03-29T01:00:00Z'), KYIV)).toBe(3 * 3_600_000);
  });
});

describe('calendar dates', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('names weekdays', () => {
    expect(weekdayOf('2026-03-30')).toBe('MONDAY');
    expect(weekdayOf('2026-10-25')).toBe('SUNDAY');
  });
  it('counts days inclusively', () => {
    expect(daysBetweenInclusive('2026-03-01', '2026-03-01')).toBe(1);
    expect(daysBetweenInclusive('2026-03-01', '2026-03-31')).toBe(31);
    expect(daysBetweenInclusive('2026-03-02', '2026-03-01')).toBe(0);
  });
});
