import { zonedToUtc } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import { freeSlots, nearestAlternatives } from '../appointment/booking.rules.js';
import type { DoctorSchedule } from '../clients/doctors.client.js';
import {
  affectedPeriod,
  doctorUnavailableNotices,
  overlapsPeriod,
  strandedVisits,
  type BookedVisit,
} from './conflict.rules.js';

const ZONE = 'Europe/Kyiv';
const at = (date: string, hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return zonedToUtc(date, h * 60 + m, ZONE);
};
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const doctor = (overrides: Partial<DoctorSchedule> = {}): DoctorSchedule => ({
  id: 'doc',
  departmentId: 'dep',
  weeklyAvailability: WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, startMinute: 540, endMinute: 1080 })),
  timeOff: [],
  extraHours: [],
  ...overrides,
});
let counter = 0;
const visit = (start: Date, overrides: Partial<BookedVisit> = {}): BookedVisit => ({
  id: `visit-${(counter += 1)}`,
  patientId: 'patient',
  doctorId: 'doc',
  serviceId: 'svc',
  status: AppointmentStatus.APPROVED,
  startsAt: start,
  endsAt: new Date(start.getTime() + 30 * 60_000),
  durationMinutes: 30,
  rescheduleCount: 0,
  ...overrides,
});
// Monday 2026-12-07, "now" the week before.
const now = new Date('2026-11-30T08:00:00Z');

describe('strandedVisits', () => {
  const monday10 = visit(at('2026-12-07', '10:00'));
  const monday15 = visit(at('2026-12-07', '15:00'));
  const tuesday10 = visit(at('2026-12-08', '10:00'));

  it('finds the active visits ahead that time off falls on, touching by a minute or more', () => {
    const away = doctor({ timeOff: [{ start: at('2026-12-07', '10:15'), end: at('2026-12-08', '10:00') }] });
    expect(strandedVisits([monday10, monday15, tuesday10], away, now, ZONE)).toEqual([monday10, monday15]);
  });

  it('finds the visits a narrower week leaves outside, and spares those extra hours cover', () => {
    const mornings = doctor({
      weeklyAvailability: WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, startMinute: 540, endMinute: 720 })),
    });
    expect(strandedVisits([monday10, monday15, tuesday10], mornings, now, ZONE)).toEqual([monday15]);
    const covered = { ...mornings, extraHours: [{ date: '2026-12-07', startMinute: 840, endMinute: 960 }] };
    expect(strandedVisits([monday10, monday15, tuesday10], covered, now, ZONE)).toEqual([]);
  });

  it('leaves out visits that hold no slot, have started, or are with another doctor', () => {
    const away = doctor({ timeOff: [{ start: at('2026-12-07', '00:00'), end: at('2026-12-09', '00:00') }] });
    const visits = [
      visit(at('2026-12-07', '10:00'), { status: AppointmentStatus.PENDING }),
      visit(at('2026-12-07', '10:30'), { status: AppointmentStatus.CANCELLED }),
      visit(at('2026-12-07', '11:00'), { status: AppointmentStatus.REJECTED }),
      visit(at('2026-12-07', '11:30'), { doctorId: 'other' }),
    ];
    expect(strandedVisits(visits, away, now, ZONE).map((v) => v.startsAt)).toEqual([at('2026-12-07', '10:00')]);
    expect(strandedVisits(visits, away, at('2026-12-07', '10:00'), ZONE)).toEqual([]);
  });

  it('takes a visit lasting past the end of the hours as stranded', () => {
    const hour = visit(at('2026-12-07', '11:30'), { durationMinutes: 60, endsAt: at('2026-12-07', '12:30') });
    const mornings = doctor({
      weeklyAvailability: [{ dayOfWeek: 'MONDAY', startMinute: 540, endMinute: 720 }],
    });
    expect(strandedVisits([hour], mornings, now, ZONE)).toEqual([hour]);
  });
});

describe('overlapsPeriod and affectedPeriod', () => {
  const period = { start: at('2026-12-07', '10:00'), end: at('2026-12-07', '11:00') };
  it('count a visit ending as the period starts, or starting as it ends, as untouched', () => {
    expect(overlapsPeriod(visit(at('2026-12-07', '09:30')), period)).toBe(false);
    expect(overlapsPeriod(visit(at('2026-12-07', '11:00')), period)).toBe(false);
    expect(overlapsPeriod(visit(at('2026-12-07', '10:30')), period)).toBe(true);
  });

  it('look nowhere for a change that only adds hours, within the bounds where given, everywhere for a week', () => {
    const bounds = { from: period.start.toISOString(), to: period.end.toISOString() };
    expect(affectedPeriod({ doctorId: 'doc', change: 'EXTRA_HOURS_ADDED', ...bounds })).toBeNull();
    expect(affectedPeriod({ doctorId: 'doc', change: 'TIME_OFF_REMOVED', ...bounds })).toBeNull();
    expect(affectedPeriod({ doctorId: 'doc', change: 'TIME_OFF_ADDED', ...bounds })).toEqual(period);
    expect(affectedPeriod({ doctorId: 'doc', change: 'EXTRA_HOURS_REMOVED', ...bounds })).toEqual(period);
    expect(affectedPeriod({ doctorId: 'doc', change: 'WEEKLY' })).toBe('ALL');
    expect(affectedPeriod({ doctorId: 'doc' })).toBe('ALL');
  });
});

describe('alternatives and notices for a stranded visit', () => {
  const away = doctor({ timeOff: [{ start: at('2026-12-07', '00:00'), end: at('2026-12-08', '00:00') }] });
  const colleague = doctor({ id: 'colleague' });
  const stranded = visit(at('2026-12-07', '10:00'), { rescheduleCount: 1 });
  const search = (doctors: DoctorSchedule[], held = new Set<string>()) =>
    freeSlots({
      doctors,
      durationMinutes: 30,
      dates: ['2026-12-04', '2026-12-07', '2026-12-08'],
      from: at('2026-12-04', '00:00'),
      to: at('2026-12-09', '00:00'),
      now,
      timeZone: ZONE,
      held,
      dayLoads: new Map(),
    });

  it("offers the doctor's own nearest free slots first (never in the time off), then the department's", () => {
    const alternatives = nearestAlternatives(search([away, colleague]), stranded.startsAt, 'doc');
    expect(alternatives.map((s) => [s.doctorId, s.start])).toEqual([
      ['doc', at('2026-12-08', '09:00')],
      ['doc', at('2026-12-08', '09:30')],
      ['doc', at('2026-12-08', '10:00')],
    ]);
    const onlyColleagues = nearestAlternatives(
      search([doctor({ ...away, weeklyAvailability: [] }), colleague]),
      stranded.startsAt,
      'doc',
    );
    expect(onlyColleagues.map((s) => [s.doctorId, s.start])).toEqual([
      ['colleague', at('2026-12-07', '10:00')],
      ['colleague', at('2026-12-07', '09:30')],
      ['colleague', at('2026-12-07', '10:30')],
    ]);
  });

  it('tells the patient by e-mail and SMS at once, with at most 3 alternatives of the same service', () => {
    const slots = search([away, colleague]).slice(0, 5);
    const notices = doctorUnavailableNotices(stranded, slots, now);
    expect(notices.map((n) => [n.kind, n.channel, n.recipientRole, n.recipientId, n.appointmentId, n.dueAt])).toEqual([
      ['DOCTOR_UNAVAILABLE', 'EMAIL', 'PATIENT', 'patient', stranded.id, now],
      ['DOCTOR_UNAVAILABLE', 'SMS', 'PATIENT', 'patient', stranded.id, now],
    ]);
    expect(notices[0]?.occurrence).toBe(1);
    expect(notices[0]?.context).toEqual({
      alternatives: slots
        .slice(0, 3)
        .map((s) => ({ start: s.start.toISOString(), doctorId: s.doctorId, serviceId: 'svc' })),
    });
    expect(doctorUnavailableNotices(stranded, [], now)[0]?.context).toEqual({ alternatives: [] });
  });
});
