import { describe, expect, it } from 'vitest';
import {
  addDays,
  clinicDaySpan,
  clinicDayStart,
  clinicToday,
  formatClinicDay,
  formatDateTime,
  formatMoney,
  formatTime,
} from './format.js';

describe('format', () => {
  it('writes a time as the clinic’s, whatever the browser’s zone', () => {
    // 08:00 UTC on a winter day is 10:00 in Kyiv and 09:00 in Warsaw.
    expect(formatTime('2026-12-07T08:00:00.000Z', 'Europe/Kyiv')).toBe('10:00');
    expect(formatTime('2026-12-07T08:00:00.000Z', 'Europe/Warsaw')).toBe('09:00');
    expect(formatDateTime('2026-12-07T08:00:00.000Z', 'Europe/Kyiv')).toBe('Mon 7 Dec, 10:00');
  });

  it('writes money from the API’s decimal strings without floating point', () => {
    expect(formatMoney('1200.5')).toBe('1,200.50');
    expect(formatMoney('0.1')).toBe('0.10');
    expect(formatMoney('1234567.891')).toBe('1,234,567.89');
    expect(formatMoney('-42')).toBe('−42.00');
  });

  it('knows the clinic’s date and counts days by the calendar across a DST change', () => {
    // 22:30 UTC on 24 October is already 25 October in Kyiv.
    expect(clinicToday('Europe/Kyiv', new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('writes a clinic day without moving it to another zone', () => {
    expect(formatClinicDay('2026-03-31')).toBe('Tue 31 Mar');
  });
});

describe('a clinic day as instants', () => {
  it('is midnight at the clinic, in winter and in summer time', () => {
    expect(clinicDayStart('2026-12-07', 'Europe/Kyiv')).toBe('2026-12-06T22:00:00.000Z');
    expect(clinicDayStart('2026-07-01', 'Europe/Kyiv')).toBe('2026-06-30T21:00:00.000Z');
    expect(clinicDayStart('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
    expect(clinicDayStart('2026-07-01', 'UTC')).toBe('2026-07-01T00:00:00.000Z');
    expect(clinicDayStart('2026-07-07', 'Europe/Kyiv')).toBe('2026-07-06T21:00:00.000Z');
    expect(clinicDayStart('2026-12-07', 'America/New_York')).toBe('2026-12-07T05:00:00.000Z');
    // Santiago's clocks spring forward at midnight: its day starts at 01:00, the first minute it has.
    expect(clinicDayStart('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('spans 23 or 25 hours on the days the clocks change', () => {
    // Kyiv moves to summer time on 29 March 2026 and back on 25 October 2026.
    expect(clinicDaySpan('2026-03-29', 'Europe/Kyiv')).toEqual({
      from: '2026-03-28T22:00:00.000Z',
      to: '2026-03-29T21:00:00.000Z',
    });
    expect(clinicDaySpan('2026-10-25', 'Europe/Kyiv')).toEqual({
      from: '2026-10-24T21:00:00.000Z',
      to: '2026-10-25T22:00:00.000Z',
    });
  });
});
