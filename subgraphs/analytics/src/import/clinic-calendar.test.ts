import { dateInZone, zonedToUtc } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { ClinicCalendar } from './clinic-calendar.js';

const MINUTE = 60_000;

/** Every minute of the days around both of Kyiv's 2026 changes, and of a zone that moves by half an hour. */
const CASES = [
  { zone: 'Europe/Kyiv', from: '2026-03-28', days: 3 },
  { zone: 'Europe/Kyiv', from: '2026-10-24', days: 3 },
  { zone: 'Australia/Lord_Howe', from: '2026-04-04', days: 2 },
  { zone: 'America/St_Johns', from: '2026-03-07', days: 3 },
];

describe('ClinicCalendar', () => {
  it.each(CASES)('gives the day of every instant as dateInZone does in $zone from $from', ({ zone, from, days }) => {
    const calendar = new ClinicCalendar(zone);
    const start = Date.parse(`${from}T00:00:00Z`) - 14 * 3_600_000;
    for (let t = start; t < start + (days + 1) * 1440 * MINUTE; t += 7 * MINUTE) {
      expect(calendar.dayOf(t), new Date(t).toISOString()).toBe(dateInZone(new Date(t), zone));
    }
  });

  it.each(CASES)('places every wall-clock minute as zonedToUtc does in $zone from $from', ({ zone, from, days }) => {
    const calendar = new ClinicCalendar(zone);
    const start = Date.parse(`${from}T00:00:00Z`);
    for (let minute = 0; minute < days * 1440; minute += 1) {
      const wall = start + minute * MINUTE;
      const date = new Date(wall).toISOString().slice(0, 10);
      const expected = zonedToUtc(date, minute % 1440, zone).getTime();
      expect(calendar.instantOf(wall + 12_345), new Date(wall).toISOString()).toBe(expected + 12_345);
    }
  });

  it('writes instants as a DATETIME(3) column takes them', () => {
    const calendar = new ClinicCalendar('UTC');
    expect(calendar.utcDateTime(Date.parse('2026-03-29T01:02:03.004Z'))).toBe('2026-03-29 01:02:03.004');
    expect(calendar.utcDateTime(Date.parse('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31 23:59:59.999');
    expect(calendar.utcDateTime(Date.parse('1969-07-20T20:17:40.05Z'))).toBe('1969-07-20 20:17:40.050');
  });
});
