import type { AppointmentEventPayload } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { NotificationChannel, NotificationKind } from './notification.entity.js';
import { afterFailure, backoffMs, MAX_ATTEMPTS, messageFor, planNotifications } from './notification.rules.js';

const payload = (over: Partial<AppointmentEventPayload> = {}): AppointmentEventPayload => ({
  appointmentId: 'a1',
  patientId: 'p1',
  doctorId: 'd1',
  serviceId: 's1',
  departmentId: 'dep1',
  status: 'APPROVED',
  start: '2026-12-07T08:00:00.000Z',
  end: '2026-12-07T08:30:00.000Z',
  priceCents: 10_000,
  cancellationFeeCents: null,
  rescheduleCount: 0,
  previousStart: null,
  ...over,
});
const now = new Date('2026-12-01T09:00:00.000Z');
const keys = (drafts: { kind: string; channel: string }[]) => drafts.map((d) => `${d.kind}/${d.channel}`).sort();

describe('planning notifications from appointment events', () => {
  it('confirms an approval now, by e-mail and SMS, and plans both reminders before the start', () => {
    const plan = planNotifications('appointments.approved', payload(), now);
    expect(plan.drop).toEqual([]);
    expect(keys(plan.schedule)).toEqual([
      'CONFIRMATION/EMAIL',
      'CONFIRMATION/SMS',
      'REMINDER_1H/EMAIL',
      'REMINDER_1H/SMS',
      'REMINDER_24H/EMAIL',
      'REMINDER_24H/SMS',
    ]);
    expect(plan.schedule.every((d) => d.recipientId === 'p1' && d.recipientRole === 'PATIENT')).toBe(true);
    const due = (kind: NotificationKind) => plan.schedule.find((d) => d.kind === kind)!.dueAt.toISOString();
    expect(due(NotificationKind.CONFIRMATION)).toBe(now.toISOString());
    expect(due(NotificationKind.REMINDER_24H)).toBe('2026-12-06T08:00:00.000Z');
    expect(due(NotificationKind.REMINDER_1H)).toBe('2026-12-07T07:00:00.000Z');
  });

  it('skips a reminder whose due time has passed', () => {
    const soon = payload({ start: '2026-12-01T20:00:00.000Z' });
    expect(keys(planNotifications('appointments.approved', soon, now).schedule)).toEqual([
      'CONFIRMATION/EMAIL',
      'CONFIRMATION/SMS',
      'REMINDER_1H/EMAIL',
      'REMINDER_1H/SMS',
    ]);
    const veryClose = payload({ start: '2026-12-01T09:30:00.000Z' });
    expect(keys(planNotifications('appointments.approved', veryClose, now).schedule)).toEqual([
      'CONFIRMATION/EMAIL',
      'CONFIRMATION/SMS',
    ]);
  });

  it('moves the reminders of a rescheduled approved visit, dropping those already past', () => {
    const moved = planNotifications('appointments.rescheduled', payload({ start: '2026-12-10T08:00:00.000Z' }), now);
    expect(moved.drop).toEqual([]);
    expect(moved.schedule.find((d) => d.kind === NotificationKind.REMINDER_24H)!.dueAt.toISOString()).toBe(
      '2026-12-09T08:00:00.000Z',
    );
    expect(keys(moved.schedule)).toHaveLength(4);
    const close = planNotifications('appointments.rescheduled', payload({ start: '2026-12-01T12:00:00.000Z' }), now);
    expect(close.drop).toEqual([NotificationKind.REMINDER_24H]);
    expect(keys(close.schedule)).toEqual(['REMINDER_1H/EMAIL', 'REMINDER_1H/SMS']);
  });

  it('drops reminders of a rescheduled visit that is not approved', () => {
    const plan = planNotifications('appointments.rescheduled', payload({ status: 'PENDING' }), now);
    expect(plan.schedule).toEqual([]);
    expect(plan.drop).toEqual([NotificationKind.REMINDER_24H, NotificationKind.REMINDER_1H]);
  });

  it('tells the doctor of a cancellation and drops what the patient was still to get', () => {
    const plan = planNotifications('appointments.cancelled', payload({ status: 'CANCELLED' }), now);
    expect(plan.drop).toEqual([
      NotificationKind.CONFIRMATION,
      NotificationKind.REMINDER_24H,
      NotificationKind.REMINDER_1H,
    ]);
    expect(keys(plan.schedule)).toEqual(['CANCELLATION/EMAIL', 'CANCELLATION/SMS']);
    expect(plan.schedule.every((d) => d.recipientId === 'd1' && d.recipientRole === 'DOCTOR')).toBe(true);
    expect(plan.schedule[0]!.dueAt).toEqual(now);
  });

  it.each(['appointments.rejected', 'appointments.completed', 'appointments.no-show'] as const)(
    '%s drops pending reminders and makes nothing',
    (type) => {
      const plan = planNotifications(type, payload(), now);
      expect(plan.schedule).toEqual([]);
      expect(plan.drop).toContain(NotificationKind.REMINDER_24H);
      expect(plan.drop).toContain(NotificationKind.REMINDER_1H);
    },
  );
});

describe('retrying', () => {
  it('backs off exponentially to a cap', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it('stays pending until the last attempt, then fails', () => {
    const first = afterFailure(0, now);
    expect(first).toEqual({ attempts: 1, failed: false, nextAttemptAt: new Date(now.getTime() + 30_000) });
    expect(afterFailure(MAX_ATTEMPTS - 2, now).failed).toBe(false);
    expect(afterFailure(MAX_ATTEMPTS - 1, now)).toMatchObject({ attempts: MAX_ATTEMPTS, failed: true });
  });
});

describe('message texts', () => {
  it('shows the time in the clinic zone', () => {
    const text = messageFor(NotificationKind.CONFIRMATION, new Date('2026-12-07T08:00:00.000Z'), 'Europe/Kyiv').text;
    expect(text).toBe('Your visit on 2026-12-07 at 10:00 (Europe/Kyiv) is confirmed.');
    expect(
      messageFor(NotificationKind.REMINDER_1H, new Date('2026-07-01T07:00:00.000Z'), 'Europe/Kyiv').text,
    ).toContain('2026-07-01 at 10:00');
  });

  it('greets by name when known', () => {
    expect(messageFor(NotificationKind.CANCELLATION, new Date(0), 'UTC', 'Dr. Ivanenko').text).toBe(
      'Dear Dr. Ivanenko, the visit on 1970-01-01 at 00:00 (UTC) was cancelled.',
    );
  });
});

it('has one channel list', () => {
  expect(Object.values(NotificationChannel)).toEqual(['EMAIL', 'SMS']);
});
