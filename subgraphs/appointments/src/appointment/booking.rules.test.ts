import { BusinessRuleViolation, zonedToUtc } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import type { DoctorSchedule, ServiceInfo } from '../clients/doctors.client.js';
import {
  blocksOf,
  checkBookingRules,
  dayKey,
  freeSlots,
  heldKey,
  nearestAlternatives,
  windowsOn,
  type FreeSlot,
} from './booking.rules.js';

const ZONE = 'Europe/Kyiv';
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const at = (date: string, hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return zonedToUtc(date, h * 60 + m, ZONE);
};
const service: ServiceInfo = {
  id: 'svc',
  durationMinutes: 30,
  priceCents: 10_000,
  departmentId: 'dep',
  departmentName: 'Obstetrics',
};
const doctor = (id = 'doc', overrides: Partial<DoctorSchedule> = {}): DoctorSchedule => ({
  id,
  departmentId: 'dep',
  weeklyAvailability: WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, startMinute: 540, endMinute: 1080 })),
  timeOff: [],
  extraHours: [],
  ...overrides,
});
// Monday 2026-12-07; "now" a week before.
const now = new Date('2026-11-30T08:00:00Z');
const ruleOf = (start: Date, options: { svc?: ServiceInfo; doc?: DoctorSchedule; now?: Date } = {}) => {
  try {
    checkBookingRules({
      start,
      now: options.now ?? now,
      timeZone: ZONE,
      service: options.svc ?? service,
      doctor: options.doc ?? doctor(),
    });
    return undefined;
  } catch (error) {
    if (error instanceof BusinessRuleViolation) return error.rule;
    throw error;
  }
};

describe('checkBookingRules', () => {
  it('accepts a half-hour start inside hours and availability, and names its clinic day', () => {
    expect(ruleOf(at('2026-12-07', '09:00'))).toBeUndefined();
    expect(ruleOf(at('2026-12-07', '17:30'))).toBeUndefined();
    const result = checkBookingRules({
      start: at('2026-12-07', '09:00'),
      now,
      timeZone: ZONE,
      service,
      doctor: doctor(),
    });
    expect(result).toEqual({ date: '2026-12-07', minutes: 540, dayOfWeek: 'MONDAY' });
  });

  it('LEAD_TIME: at least 2 hours from now', () => {
    const start = at('2026-12-07', '12:00');
    expect(ruleOf(start, { now: new Date(start.getTime() - 2 * 3_600_000) })).toBeUndefined();
    expect(ruleOf(start, { now: new Date(start.getTime() - 2 * 3_600_000 + 1) })).toBe('LEAD_TIME');
  });

  it('SLOT_ALIGNMENT: on :00 or :30 of the clinic clock', () => {
    expect(ruleOf(at('2026-12-07', '09:15'))).toBe('SLOT_ALIGNMENT');
    expect(ruleOf(new Date(at('2026-12-07', '09:00').getTime() + 1_000))).toBe('SLOT_ALIGNMENT');
    expect(ruleOf(new Date('2026-12-07T09:30:00+05:45'))).toBe('SLOT_ALIGNMENT');
  });

  it('CLINIC_HOURS: the whole visit within 09:00–18:00', () => {
    expect(ruleOf(at('2026-12-07', '08:30'))).toBe('CLINIC_HOURS');
    expect(ruleOf(at('2026-12-07', '18:00'))).toBe('CLINIC_HOURS');
    const hour = { ...service, durationMinutes: 60 };
    expect(ruleOf(at('2026-12-07', '17:00'), { svc: hour })).toBeUndefined();
    expect(ruleOf(at('2026-12-07', '17:30'), { svc: hour })).toBe('CLINIC_HOURS');
  });

  it('DEPARTMENT_MISMATCH: the service of another department', () => {
    expect(ruleOf(at('2026-12-07', '10:00'), { svc: { ...service, departmentId: 'other' } })).toBe(
      'DEPARTMENT_MISMATCH',
    );
  });

  it('DOCTOR_UNAVAILABLE: outside the weekly windows, across a window end, or in time off', () => {
    expect(ruleOf(at('2026-12-12', '10:00'))).toBe('DOCTOR_UNAVAILABLE'); // Saturday
    const mornings = doctor('doc', {
      weeklyAvailability: [{ dayOfWeek: 'MONDAY', startMinute: 540, endMinute: 720 }],
    });
    expect(ruleOf(at('2026-12-07', '11:30'), { doc: mornings })).toBeUndefined();
    expect(ruleOf(at('2026-12-07', '12:00'), { doc: mornings })).toBe('DOCTOR_UNAVAILABLE');
    expect(ruleOf(at('2026-12-07', '11:30'), { doc: mornings, svc: { ...service, durationMinutes: 60 } })).toBe(
      'DOCTOR_UNAVAILABLE',
    );
    const away = doctor('doc', { timeOff: [{ start: at('2026-12-07', '10:15'), end: at('2026-12-07', '11:00') }] });
    expect(ruleOf(at('2026-12-07', '10:00'), { doc: away })).toBe('DOCTOR_UNAVAILABLE');
    expect(ruleOf(at('2026-12-07', '10:30'), { doc: away })).toBe('DOCTOR_UNAVAILABLE');
    expect(ruleOf(at('2026-12-07', '11:00'), { doc: away })).toBeUndefined();
    expect(ruleOf(at('2026-12-07', '09:30'), { doc: away })).toBeUndefined();
  });

  it('DOCTOR_UNAVAILABLE: extra hours open their date only, join the week, and give way to time off', () => {
    const saturday = { date: '2026-12-12', startMinute: 600, endMinute: 720 };
    const extra = doctor('doc', { extraHours: [saturday] });
    expect(ruleOf(at('2026-12-12', '10:00'), { doc: extra })).toBeUndefined();
    expect(ruleOf(at('2026-12-12', '11:30'), { doc: extra })).toBeUndefined();
    expect(ruleOf(at('2026-12-12', '12:00'), { doc: extra })).toBe('DOCTOR_UNAVAILABLE');
    expect(ruleOf(at('2026-12-12', '09:30'), { doc: extra })).toBe('DOCTOR_UNAVAILABLE');
    expect(ruleOf(at('2026-12-19', '10:00'), { doc: extra })).toBe('DOCTOR_UNAVAILABLE');

    const mornings = doctor('doc', {
      weeklyAvailability: [{ dayOfWeek: 'MONDAY', startMinute: 540, endMinute: 720 }],
      extraHours: [{ date: '2026-12-07', startMinute: 720, endMinute: 840 }],
    });
    const hour = { ...service, durationMinutes: 60 };
    expect(ruleOf(at('2026-12-07', '11:30'), { doc: mornings, svc: hour })).toBeUndefined();
    expect(ruleOf(at('2026-12-14', '11:30'), { doc: mornings, svc: hour })).toBe('DOCTOR_UNAVAILABLE');

    const away = doctor('doc', {
      extraHours: [saturday],
      timeOff: [{ start: at('2026-12-12', '00:00'), end: at('2026-12-13', '00:00') }],
    });
    expect(ruleOf(at('2026-12-12', '10:00'), { doc: away })).toBe('DOCTOR_UNAVAILABLE');
  });

  it('checks in the order LEAD_TIME, SLOT_ALIGNMENT, CLINIC_HOURS, DEPARTMENT_MISMATCH, DOCTOR_UNAVAILABLE', () => {
    expect(ruleOf(at('2026-12-12', '08:15'), { now: at('2026-12-12', '08:00') })).toBe('LEAD_TIME');
    expect(ruleOf(at('2026-12-12', '08:15'))).toBe('SLOT_ALIGNMENT');
    expect(ruleOf(at('2026-12-12', '08:00'))).toBe('CLINIC_HOURS');
  });
});

describe('windowsOn and blocksOf', () => {
  it('joins back-to-back windows of a day', () => {
    const windows = windowsOn(
      [
        { dayOfWeek: 'MONDAY', startMinute: 720, endMinute: 780 },
        { dayOfWeek: 'MONDAY', startMinute: 540, endMinute: 720 },
        { dayOfWeek: 'TUESDAY', startMinute: 540, endMinute: 600 },
      ],
      'MONDAY',
    );
    expect(windows).toEqual([{ start: 540, end: 780 }]);
  });
  it('splits a visit into 30-minute blocks', () => {
    const start = new Date('2026-12-07T07:00:00Z');
    expect(blocksOf(start, 90).map((d) => d.toISOString())).toEqual([
      '2026-12-07T07:00:00.000Z',
      '2026-12-07T07:30:00.000Z',
      '2026-12-07T08:00:00.000Z',
    ]);
  });
});

describe('freeSlots', () => {
  const search = (overrides: Partial<Parameters<typeof freeSlots>[0]> = {}) =>
    freeSlots({
      doctors: [doctor()],
      durationMinutes: 30,
      dates: ['2026-12-07'],
      from: at('2026-12-07', '00:00'),
      to: at('2026-12-08', '00:00'),
      now,
      timeZone: ZONE,
      held: new Set(),
      dayLoads: new Map(),
      ...overrides,
    });

  it('lists every half hour from 09:00 to 17:30 of an available day', () => {
    const slots = search();
    expect(slots).toHaveLength(18);
    expect(slots[0]?.start).toEqual(at('2026-12-07', '09:00'));
    expect(slots.at(-1)?.end).toEqual(at('2026-12-07', '18:00'));
  });

  it('leaves out held blocks, including those a longer visit would run into', () => {
    const held = new Set([heldKey('doc', at('2026-12-07', '10:00'))]);
    expect(search({ held }).map((s) => s.start)).not.toContainEqual(at('2026-12-07', '10:00'));
    const hour = search({ held, durationMinutes: 60 }).map((s) => s.start);
    expect(hour).not.toContainEqual(at('2026-12-07', '09:30'));
    expect(hour).toContainEqual(at('2026-12-07', '09:00'));
    expect(hour).toContainEqual(at('2026-12-07', '10:30'));
    expect(hour).toHaveLength(17 - 2);
  });

  it('leaves out a full day, time off and starts within the lead time', () => {
    expect(search({ dayLoads: new Map([[dayKey('doc', '2026-12-07'), 8]]) })).toEqual([]);
    expect(search({ dayLoads: new Map([[dayKey('doc', '2026-12-07'), 7]]) })).toHaveLength(18);
    const away = doctor('doc', { timeOff: [{ start: at('2026-12-07', '09:00'), end: at('2026-12-07', '13:00') }] });
    expect(search({ doctors: [away] })).toHaveLength(10);
    expect(search({ now: at('2026-12-07', '12:10') })[0]?.start).toEqual(at('2026-12-07', '14:30'));
  });

  it('lists the half hours of extra hours on a day the doctor does not work, and only on that date', () => {
    const extra = doctor('doc', {
      weeklyAvailability: [],
      extraHours: [{ date: '2026-12-12', startMinute: 600, endMinute: 690 }],
    });
    const slots = search({
      doctors: [extra],
      dates: ['2026-12-12', '2026-12-13'],
      from: at('2026-12-12', '00:00'),
      to: at('2026-12-14', '00:00'),
    });
    expect(slots.map((s) => s.start)).toEqual([
      at('2026-12-12', '10:00'),
      at('2026-12-12', '10:30'),
      at('2026-12-12', '11:00'),
    ]);
    expect(search({ doctors: [extra] })).toEqual([]);
  });

  it('maps the clinic grid right on both DST change weeks', () => {
    const spring = freeSlots({
      doctors: [doctor('doc', { weeklyAvailability: [{ dayOfWeek: 'SUNDAY', startMinute: 540, endMinute: 600 }] })],
      durationMinutes: 30,
      dates: ['2026-03-22', '2026-03-29', '2026-10-25'],
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-11-01T00:00:00Z'),
      now: new Date('2026-01-01T00:00:00Z'),
      timeZone: ZONE,
      held: new Set(),
      dayLoads: new Map(),
    });
    expect(spring.map((s) => s.start.toISOString())).toEqual([
      '2026-03-22T07:00:00.000Z',
      '2026-03-22T07:30:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-29T06:30:00.000Z',
      '2026-10-25T07:00:00.000Z',
      '2026-10-25T07:30:00.000Z',
    ]);
  });

  it('finds every free slot of a month for ten doctors', () => {
    const doctors = Array.from({ length: 10 }, (_, i) => doctor(`doc-${i}`));
    const dates = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);
    const slots = freeSlots({
      doctors,
      durationMinutes: 30,
      dates,
      from: at('2026-12-01', '00:00'),
      to: at('2027-01-01', '00:00'),
      now,
      timeZone: ZONE,
      held: new Set(),
      dayLoads: new Map(),
    });
    expect(slots).toHaveLength(23 * 18 * 10);
  });
});

describe('nearestAlternatives', () => {
  const slot = (doctorId: string, iso: string): FreeSlot => ({
    doctorId,
    start: new Date(iso),
    end: new Date(new Date(iso).getTime() + 1_800_000),
    date: iso.slice(0, 10),
  });
  it("gives the doctor's nearest first, then colleagues', at most 3", () => {
    const wanted = new Date('2026-12-07T10:00:00Z');
    const slots = [
      slot('other', '2026-12-07T10:30:00Z'),
      slot('doc', '2026-12-08T10:00:00Z'),
      slot('doc', '2026-12-07T09:00:00Z'),
      slot('other', '2026-12-07T09:30:00Z'),
    ];
    expect(nearestAlternatives(slots, wanted, 'doc').map((s) => [s.doctorId, s.start.toISOString()])).toEqual([
      ['doc', '2026-12-07T09:00:00.000Z'],
      ['doc', '2026-12-08T10:00:00.000Z'],
      ['other', '2026-12-07T09:30:00.000Z'],
    ]);
  });
});
