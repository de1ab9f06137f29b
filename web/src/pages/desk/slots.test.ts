import { describe, expect, it } from 'vitest';
import { dayWindow, onClinicDay, slotFromKey, slotKey } from './slots.js';

describe('a clinic day’s free times', () => {
  it('asks for a window that holds the whole clinic day in any zone', () => {
    expect(dayWindow('2026-12-07')).toEqual({ from: '2026-12-06T00:00:00.000Z', to: '2026-12-09T00:00:00.000Z' });
    expect(dayWindow('2027-01-01')).toEqual({ from: '2026-12-31T00:00:00.000Z', to: '2027-01-03T00:00:00.000Z' });
  });

  it('keeps the starts on that day at the clinic, not in UTC', () => {
    const slots = [
      { start: '2026-12-06T22:30:00.000Z' }, // 00:30 on 7 December in Kyiv
      { start: '2026-12-07T07:00:00.000Z' },
      { start: '2026-12-07T22:00:00.000Z' }, // already 8 December in Kyiv
    ];
    expect(onClinicDay(slots, '2026-12-07', 'Europe/Kyiv')).toEqual(slots.slice(0, 2));
    expect(onClinicDay(slots, '2026-12-07', 'UTC')).toEqual(slots.slice(1));
  });

  it('carries a doctor and a start in one select value', () => {
    const slot = { doctorId: 'd-1', start: '2026-12-07T07:00:00.000Z' };
    expect(slotFromKey(slotKey(slot))).toEqual(slot);
    expect(slotFromKey('')).toBeNull();
  });
});
