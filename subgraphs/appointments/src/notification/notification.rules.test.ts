import { describe, expect, it } from 'vitest';
import { AppointmentStatus } from '../appointment/appointment-status.js';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.entity.js';
import {
  invoiceNotices,
  afterFailure,
  backoffMs,
  checkBeforeSending,
  giveUpAt,
  messageFor,
  reconcile,
  type ExistingNotification,
  type VisitState,
} from './notification.rules.js';

const now = new Date('2026-12-01T09:00:00.000Z');
const HOUR = 3_600_000;
const visit = (over: Partial<VisitState> = {}): VisitState => ({
  id: 'a1',
  patientId: 'p1',
  doctorId: 'd1',
  status: AppointmentStatus.APPROVED,
  startsAt: new Date('2026-12-07T08:00:00.000Z'),
  updatedAt: now,
  ...over,
});
let seq = 0;
const row = (
  kind: NotificationKind,
  channel: NotificationChannel,
  status: NotificationStatus,
  dueAt: Date,
  recipient: 'PATIENT' | 'DOCTOR' = 'PATIENT',
): ExistingNotification => ({
  id: `n${(seq += 1)}`,
  kind,
  channel,
  status,
  dueAt,
  recipientRole: recipient,
  recipientId: recipient === 'PATIENT' ? 'p1' : 'd1',
});
/** Both channels of one kind. */
const both = (kind: NotificationKind, status: NotificationStatus, dueAt: Date, recipient?: 'PATIENT' | 'DOCTOR') =>
  [NotificationChannel.EMAIL, NotificationChannel.SMS].map((channel) => row(kind, channel, status, dueAt, recipient));
const keys = (drafts: { kind: string; channel: string }[]) => drafts.map((d) => `${d.kind}/${d.channel}`).sort();
const { PENDING, SENT, CANCELLED, FAILED } = NotificationStatus;
const { CONFIRMATION, REMINDER_24H, REMINDER_1H, CANCELLATION } = NotificationKind;

describe("reconciling a visit's notifications with its current row", () => {
  it('confirms an approved visit now, by e-mail and SMS, and plans both reminders before the start', () => {
    const { create, move, drop } = reconcile(visit(), [], now);
    expect(move).toEqual([]);
    expect(drop).toEqual([]);
    expect(keys(create)).toEqual([
      'CONFIRMATION/EMAIL',
      'CONFIRMATION/SMS',
      'REMINDER_1H/EMAIL',
      'REMINDER_1H/SMS',
      'REMINDER_24H/EMAIL',
      'REMINDER_24H/SMS',
    ]);
    expect(create.every((d) => d.recipientId === 'p1' && d.recipientRole === 'PATIENT')).toBe(true);
    const due = (kind: NotificationKind) => create.find((d) => d.kind === kind)!.dueAt.toISOString();
    expect(due(CONFIRMATION)).toBe(now.toISOString());
    expect(due(REMINDER_24H)).toBe('2026-12-06T08:00:00.000Z');
    expect(due(REMINDER_1H)).toBe('2026-12-07T07:00:00.000Z');
  });

  it('changes nothing when the notifications already match (applying twice is applying once)', () => {
    const v = visit();
    const existing = [
      ...both(CONFIRMATION, SENT, now),
      ...both(REMINDER_24H, PENDING, new Date(v.startsAt.getTime() - 24 * HOUR)),
      ...both(REMINDER_1H, PENDING, new Date(v.startsAt.getTime() - HOUR)),
    ];
    expect(reconcile(v, existing, now)).toEqual({ create: [], move: [], drop: [] });
    // A reminder due right now is left to the dispatcher, not dropped.
    const dueNow = new Date(v.startsAt.getTime() - HOUR);
    expect(reconcile(v, existing, dueNow)).toEqual({ create: [], move: [], drop: [] });
  });

  it('skips a reminder whose due time has passed', () => {
    expect(keys(reconcile(visit({ startsAt: new Date('2026-12-01T20:00:00.000Z') }), [], now).create)).toEqual([
      'CONFIRMATION/EMAIL',
      'CONFIRMATION/SMS',
      'REMINDER_1H/EMAIL',
      'REMINDER_1H/SMS',
    ]);
    expect(keys(reconcile(visit({ startsAt: new Date('2026-12-01T09:30:00.000Z') }), [], now).create)).toEqual([
      'CONFIRMATION/EMAIL',
      'CONFIRMATION/SMS',
    ]);
  });

  it('makes nothing new for a visit whose start has passed (an old stream read on a first deploy)', () => {
    const past = visit({ startsAt: new Date('2026-11-20T08:00:00.000Z') });
    expect(reconcile(past, [], now)).toEqual({ create: [], move: [], drop: [] });
  });

  it('moves pending reminders planned for another start, and drops those whose new due time has passed', () => {
    const old = visit();
    const existing = [
      ...both(CONFIRMATION, SENT, now),
      ...both(REMINDER_24H, PENDING, new Date(old.startsAt.getTime() - 24 * HOUR)),
      ...both(REMINDER_1H, PENDING, new Date(old.startsAt.getTime() - HOUR)),
    ];
    const later = reconcile(visit({ startsAt: new Date('2026-12-10T08:00:00.000Z') }), existing, now);
    expect(later.create).toEqual([]);
    expect(later.drop).toEqual([]);
    expect(later.move.map((m) => m.dueAt.toISOString()).sort()).toEqual([
      '2026-12-09T08:00:00.000Z',
      '2026-12-09T08:00:00.000Z',
      '2026-12-10T07:00:00.000Z',
      '2026-12-10T07:00:00.000Z',
    ]);
    expect(later.move.every((m) => m.from === PENDING)).toBe(true);

    const close = reconcile(visit({ startsAt: new Date('2026-12-01T12:00:00.000Z') }), existing, now);
    expect(close.drop.sort()).toEqual(
      existing
        .filter((n) => n.kind === REMINDER_24H)
        .map((n) => n.id)
        .sort(),
    );
    expect(close.move.map((m) => m.dueAt.toISOString())).toEqual([
      '2026-12-01T11:00:00.000Z',
      '2026-12-01T11:00:00.000Z',
    ]);
  });

  it('leaves SENT and FAILED reminders as they are, and makes a dropped one pending again when wanted', () => {
    const v = visit();
    const sent = row(REMINDER_24H, NotificationChannel.EMAIL, SENT, new Date('2026-11-30T08:00:00.000Z'));
    const failed = row(REMINDER_24H, NotificationChannel.SMS, FAILED, new Date('2026-11-30T08:00:00.000Z'));
    const dropped = row(REMINDER_1H, NotificationChannel.EMAIL, CANCELLED, new Date('2026-12-01T08:00:00.000Z'));
    const { create, move, drop } = reconcile(v, [...both(CONFIRMATION, SENT, now), sent, failed, dropped], now);
    expect(keys(create)).toEqual(['REMINDER_1H/SMS']);
    expect(move).toEqual([{ id: dropped.id, from: CANCELLED, dueAt: new Date('2026-12-07T07:00:00.000Z') }]);
    expect(drop).toEqual([]);
  });

  it('confirms once: a sent or pending confirmation is not made again', () => {
    expect(keys(reconcile(visit(), both(CONFIRMATION, SENT, now), now).create)).not.toContain('CONFIRMATION/EMAIL');
    const pending = reconcile(visit(), both(CONFIRMATION, PENDING, now), now);
    expect(pending.create.filter((d) => d.kind === CONFIRMATION)).toEqual([]);
    expect(pending.move).toEqual([]);
  });

  it('drops what the patient was still to get and tells the doctor of a recent cancellation, once', () => {
    const existing = [
      ...both(CONFIRMATION, PENDING, now),
      ...both(REMINDER_24H, SENT, new Date('2026-12-06T08:00:00.000Z')),
      ...both(REMINDER_1H, PENDING, new Date('2026-12-07T07:00:00.000Z')),
    ];
    const cancelled = visit({ status: AppointmentStatus.CANCELLED, updatedAt: new Date(now.getTime() - HOUR) });
    const { create, move, drop } = reconcile(cancelled, existing, now);
    expect(drop.sort()).toEqual(
      existing
        .filter((n) => n.status === PENDING)
        .map((n) => n.id)
        .sort(),
    );
    expect(move).toEqual([]);
    expect(keys(create)).toEqual(['CANCELLATION/EMAIL', 'CANCELLATION/SMS']);
    expect(create.every((d) => d.recipientId === 'd1' && d.recipientRole === 'DOCTOR' && d.dueAt === now)).toBe(true);
    // Once: an existing notice (whatever its status) is not made again.
    expect(reconcile(cancelled, both(CANCELLATION, SENT, now, 'DOCTOR'), now).create).toEqual([]);
  });

  it('does not announce an old cancellation (e.g. read from the start of the stream on a first deploy)', () => {
    const old = visit({ status: AppointmentStatus.CANCELLED, updatedAt: new Date(now.getTime() - 25 * HOUR) });
    expect(reconcile(old, [], now)).toEqual({ create: [], move: [], drop: [] });
  });

  it('cancelled applied before approved: the approval finds the visit cancelled and confirms nothing', () => {
    const cancelled = visit({ status: AppointmentStatus.CANCELLED });
    const afterCancelled = reconcile(cancelled, [], now);
    const notices = afterCancelled.create.map((d, i) => ({ ...d, id: `c${i}`, status: PENDING }));
    // The late approval event reconciles again: same current row, nothing more.
    expect(reconcile(cancelled, notices, now)).toEqual({ create: [], move: [], drop: [] });
    expect(afterCancelled.create.some((d) => d.recipientRole === 'PATIENT')).toBe(false);
  });

  it.each([
    AppointmentStatus.REJECTED,
    AppointmentStatus.COMPLETED,
    AppointmentStatus.NO_SHOW,
    AppointmentStatus.PENDING,
  ])("%s drops the patient's pending notifications and makes nothing", (status) => {
    const existing = [
      ...both(CONFIRMATION, SENT, now),
      ...both(REMINDER_1H, PENDING, new Date('2026-12-07T07:00:00.000Z')),
    ];
    const { create, move, drop } = reconcile(visit({ status }), existing, now);
    expect(create).toEqual([]);
    expect(move).toEqual([]);
    expect(drop.sort()).toEqual(
      existing
        .filter((n) => n.status === PENDING)
        .map((n) => n.id)
        .sort(),
    );
  });
});

describe('checking right before a send', () => {
  const start = new Date('2026-12-07T08:00:00.000Z');
  const approved = { status: AppointmentStatus.APPROVED, startsAt: start };
  const reminder = { kind: REMINDER_1H, dueAt: new Date('2026-12-07T07:00:00.000Z') };

  it('sends what the visit still wants', () => {
    expect(checkBeforeSending({ kind: CONFIRMATION, dueAt: now }, approved, now)).toEqual({ action: 'send', start });
    expect(checkBeforeSending(reminder, approved, new Date('2026-12-07T07:00:00.000Z')).action).toBe('send');
    const cancelled = { status: AppointmentStatus.CANCELLED, startsAt: start };
    expect(checkBeforeSending({ kind: CANCELLATION, dueAt: now }, cancelled, now).action).toBe('send');
  });

  it('cancels what the visit no longer wants: not approved, or a reminder planned for another start', () => {
    const cancelled = { status: AppointmentStatus.CANCELLED, startsAt: start };
    expect(checkBeforeSending({ kind: CONFIRMATION, dueAt: now }, cancelled, now)).toEqual({ action: 'cancel' });
    expect(checkBeforeSending(reminder, cancelled, now)).toEqual({ action: 'cancel' });
    const moved = { status: AppointmentStatus.APPROVED, startsAt: new Date('2026-12-08T08:00:00.000Z') };
    expect(checkBeforeSending(reminder, moved, now)).toEqual({ action: 'cancel' });
    expect(checkBeforeSending({ kind: CANCELLATION, dueAt: now }, approved, now)).toEqual({ action: 'cancel' });
  });

  it('fails what is too late to be worth sending', () => {
    expect(checkBeforeSending(reminder, approved, start)).toMatchObject({ action: 'fail' });
    const late = new Date(now.getTime() + 24 * HOUR);
    const far = { status: AppointmentStatus.APPROVED, startsAt: new Date('2026-12-20T08:00:00.000Z') };
    expect(checkBeforeSending({ kind: CONFIRMATION, dueAt: now }, far, late)).toMatchObject({ action: 'fail' });
    expect(checkBeforeSending({ kind: CONFIRMATION, dueAt: now }, null, now)).toMatchObject({ action: 'fail' });
  });
});

describe('invoice notices', () => {
  it('tell the invoice’s patient at once, by e-mail and by SMS, about the visit billed', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    const invoice = {
      invoiceId: 'i1',
      appointmentId: 'a1',
      patientId: 'p1',
      doctorId: 'd1',
      departmentId: 'dep1',
      kind: 'CONSULTATION' as const,
      status: 'PENDING' as const,
      subtotalCents: 10_000,
      taxCents: 500,
      totalCents: 10_500,
      createdAt: now.toISOString(),
    };
    expect(invoiceNotices(invoice, now)).toEqual(
      [NotificationChannel.EMAIL, NotificationChannel.SMS].map((channel) => ({
        appointmentId: 'a1',
        recipientId: 'p1',
        recipientRole: 'PATIENT',
        kind: NotificationKind.INVOICE,
        channel,
        dueAt: now,
      })),
    );
  });

  it('are not dropped when the visit ends, and are retried for a day', () => {
    const due = new Date('2026-12-07T12:00:00.000Z');
    const visit = { status: AppointmentStatus.COMPLETED, startsAt: new Date('2026-12-07T08:00:00.000Z') };
    expect(checkBeforeSending({ kind: NotificationKind.INVOICE, dueAt: due }, visit, due)).toMatchObject({
      action: 'send',
    });
    expect(giveUpAt(NotificationKind.INVOICE, due, visit.startsAt)).toEqual(new Date('2026-12-08T12:00:00.000Z'));
  });
});

describe('retrying', () => {
  it('backs off exponentially to a cap', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it('retries a reminder until the visit starts, then fails', () => {
    const start = new Date(now.getTime() + 10 * 60_000);
    const giveUp = giveUpAt(REMINDER_1H, new Date(now.getTime() - 50 * 60_000), start);
    expect(giveUp).toEqual(start);
    expect(afterFailure(0, giveUp, now)).toEqual({
      attempts: 1,
      failed: false,
      nextAttemptAt: new Date(now.getTime() + 30_000),
    });
    // 8 min after the 5th failure lands at the start: no use.
    expect(afterFailure(4, giveUp, new Date(now.getTime() + 2 * 60_000))).toMatchObject({ attempts: 5, failed: true });
    expect(afterFailure(20, giveUp, start).failed).toBe(true);
  });

  it('retries a confirmation or a cancellation notice for 24 h after it was due, then fails', () => {
    const start = new Date(now.getTime() + 7 * 24 * HOUR);
    for (const kind of [CONFIRMATION, CANCELLATION]) {
      const giveUp = giveUpAt(kind, now, start);
      expect(giveUp).toEqual(new Date(now.getTime() + 24 * HOUR));
      // Many tries within the day: the capped backoff keeps it going.
      expect(afterFailure(15, giveUp, new Date(now.getTime() + 22 * HOUR)).failed).toBe(false);
      expect(afterFailure(16, giveUp, new Date(now.getTime() + 23.5 * HOUR)).failed).toBe(true);
    }
    // A confirmation is not worth sending after the visit started, even within the day.
    expect(giveUpAt(CONFIRMATION, now, new Date(now.getTime() + 2 * HOUR))).toEqual(new Date(now.getTime() + 2 * HOUR));
    expect(giveUpAt(CANCELLATION, now, new Date(now.getTime() - HOUR))).toEqual(new Date(now.getTime() + 24 * HOUR));
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
