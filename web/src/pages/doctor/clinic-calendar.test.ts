import { describe, expect, it } from 'vitest';
import { clinicDateOf, clinicDay, clinicWeek, mondayOf } from './clinic-calendar.js';

const KYIV = 'Europe/Kyiv';

describe('clinicDay', () => {
  it('makes the day a clock change falls on 23 or 25 hours long', () => {
    const spring = clinicDay('2026-03-29', KYIV);
    expect(Date.parse(spring.to) - Date.parse(spring.from)).toBe(23 * 3_600_000);
    const autumn = clinicDay('2026-10-25', KYIV);
    expect(Date.parse(autumn.to) - Date.parse(autumn.from)).toBe(25 * 3_600_000);
  });
});

describe('clinicDateOf', () => {
  it('is the day at the clinic, not in UTC', () => {
    expect(clinicDateOf('2026-12-04T22:36:00.000Z', KYIV)).toBe('2026-12-05');
    expect(clinicDateOf('2026-12-04T21:59:59.000Z', KYIV)).toBe('2026-12-04');
  });
});

describe('mondayOf', () => {
  it('goes back to the Monday, and a Sunday belongs to the week before', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-05')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('clinicWeek', () => {
  // A Friday evening in UTC that is already Saturday in Kyiv.
  const now = new Date('2026-12-04T22:36:00.000Z');

  it("is the clinic's week of now, Monday to Sunday", () => {
    expect(clinicWeek(KYIV, now)).toEqual({
      monday: '2026-11-30',
      sunday: '2026-12-06',
      from: '2026-11-29T22:00:00.000Z',
      to: '2026-12-06T22:00:00.000Z',
    });
  });

  it('is the week of a date asked for, and this week for a malformed one', () => {
    expect(clinicWeek(KYIV, now, '2026-12-09').monday).toBe('2026-12-07');
    expect(clinicWeek(KYIV, now, 'next week').monday).toBe('2026-11-30');
    expect(clinicWeek(KYIV, now, '2026-13-45').monday).toBe('2026-11-30');
  });
});
