import { Role } from '@hospital/kit';
import { topicsOf, type EventEnvelope, type EventType } from '@hospital/kit/events';
import { appointmentPayload, testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_FIELDS } from './index.js';
import { periodProblems, revenueReportChanged } from './revenue-report-changed.js';
import { slotOffered } from './slot-offered.js';

const visit = appointmentPayload();

/** A payload of each type the fields announce, with the ids the lobby arguments name. */
const SAMPLES: Partial<Record<EventType, unknown>> = {
  'appointments.slot-offered': {
    offerId: 'o-1',
    entryId: 'w-1',
    patientId: 'p-1',
    doctorId: 'd-1',
    serviceId: 's-1',
    departmentId: 'dep-1',
    start: visit.start,
    end: visit.end,
    expiresAt: '2026-12-01T09:15:00.000Z',
  },
  'analytics.report-changed': { from: '2026-12-01', to: '2026-12-01' },
};

const eventOf = (type: EventType): EventEnvelope =>
  ({ id: 'e-1', type, occurredAt: visit.start, payload: SAMPLES[type] ?? visit }) as EventEnvelope;

describe('the subscription fields', () => {
  it('each listen on a topic their events are published on, and read the event they announce', () => {
    for (const [name, field] of Object.entries(SUBSCRIPTION_FIELDS)) {
      for (const type of field.events) {
        const event = eventOf(type);
        const payload = event.payload as unknown as Record<string, string>;
        const topic = field.argument === undefined ? field.topic() : field.topic(payload[field.argument]!);
        expect(topicsOf(event), `${name} on ${type}`).toContain(topic);
        const byId = field.followUp.byId;
        if (byId) expect(byId.of(event.payload), `${name} on ${type}`).toBeTruthy();
      }
    }
  });

  it('offer a slot to the waiting patient, the desk and administrators only', () => {
    expect(slotOffered.argument).toBe('patientId');
    const may = (role: Role, id: string) =>
      slotOffered.argument !== undefined && slotOffered.mayWatch(testViewer(role, id), 'p-1');
    expect(may(Role.PATIENT, 'p-1')).toBe(true);
    expect(may(Role.PATIENT, 'p-2')).toBe(false);
    expect(may(Role.STAFF, 'desk')).toBe(true);
    expect(may(Role.ADMIN, 'root')).toBe(true);
    expect(may(Role.DOCTOR, 'p-1')).toBe(false);
    expect(may(Role.STAKEHOLDER, 'sh')).toBe(false);
  });

  it('show the revenue to the business department and administrators only', () => {
    const may = (role: Role) =>
      revenueReportChanged.argument === undefined && revenueReportChanged.mayWatch(testViewer(role, 'me'));
    expect([Role.STAKEHOLDER, Role.ADMIN].map(may)).toEqual([true, true]);
    expect([Role.PATIENT, Role.DOCTOR, Role.STAFF].map(may)).toEqual([false, false, false]);
  });

  it('push the revenue only for a change of a day within the period', () => {
    const period = { from: '2026-12-01', to: '2026-12-31' };
    const concerns = (from: string, to: string) => revenueReportChanged.concerns!({ from, to }, period);
    expect(concerns('2026-12-01', '2026-12-01')).toBe(true);
    expect(concerns('2026-12-31', '2027-01-03')).toBe(true);
    expect(concerns('2026-11-01', '2027-01-31')).toBe(true);
    expect(concerns('2026-11-30', '2026-11-30')).toBe(false);
    expect(concerns('2027-01-01', '2027-01-01')).toBe(false);
  });

  it('refuse a period the report would refuse', () => {
    expect(periodProblems({ from: '2026-12-01', to: '2026-12-01' })).toEqual([]);
    expect(periodProblems({ from: '2021-12-01', to: '2026-12-01' })).toEqual([]);
    expect(periodProblems({ from: '2021-12-01', to: '2026-12-02' })).toEqual([
      'to: a report covers at most 5 years from 2021-12-01',
    ]);
    expect(periodProblems({ from: '2026-12-02', to: '2026-12-01' })).toEqual(['to: 2026-12-01 is before 2026-12-02']);
    expect(periodProblems({ from: '2026-02-30', to: '2026-12-01' })).toHaveLength(1);
  });
});
