import { invoicePayload } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums.js';
import {
  invoiceNotices,
  afterFailure,
  backoffMs,
  checkBeforeSending,
  feedbackGiven,
  giveUpAt,
  reconcile as reconcileWith,
  rescheduleNotices,
  slotOfferNotices,
  type ExistingNotification,
  type NotificationDraft,
  type VisitState,
} from './notification.rules.js';

const now = new Date('2026-12-01T09:00:00.000Z');
const FEEDBACK_DELAY_MS = 2 * 3_600_000;
const reconcile = (v: VisitState, existing: readonly ExistingNotification[], at: Date) =>
  reconcileWith(v, existing, at, { feedbackDelayMs: FEEDBACK_DELAY_MS });
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
const create = (r: { create: NotificationDraft[] }) => r.create;
const { PENDING, SENT, CANCELLED, FAILED } = NotificationStatus;
const { CONFIRMATION, REMINDER_24H, REMINDER_1H, CANCELLATION, REJECTION, FEEDBACK_REQUEST, RESCHEDULE } =
  NotificationKind;
const { DOCTOR_UNAVAILABLE, SLOT_OFFER, INVOICE } = NotificationKind;

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

  it('drops what the patient was still to get and tells her and the doctor of a recent cancellation, once', () => {
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
    expect(create.map((d) => `${d.kind}/${d.channel}/${d.recipientRole}/${d.recipientId}`).sort()).toEqual([
      'CANCELLATION/EMAIL/DOCTOR/d1',
      'CANCELLATION/EMAIL/PATIENT/p1',
      'CANCELLATION/SMS/DOCTOR/d1',
      'CANCELLATION/SMS/PATIENT/p1',
    ]);
    expect(create.every((d) => d.dueAt === now && d.appointmentId === 'a1')).toBe(true);
    // Once: an existing notice (whatever its status) is not made again.
    const told = [...both(CANCELLATION, SENT, now, 'DOCTOR'), ...both(CANCELLATION, FAILED, now, 'PATIENT')];
    expect(reconcile(cancelled, told, now).create).toEqual([]);
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
    expect(afterCancelled.create.every((d) => d.kind === CANCELLATION)).toBe(true);
  });

  it.each([
    [AppointmentStatus.REJECTED, ['REJECTION/EMAIL', 'REJECTION/SMS']],
    [AppointmentStatus.COMPLETED, ['FEEDBACK_REQUEST/EMAIL', 'FEEDBACK_REQUEST/SMS']],
    [AppointmentStatus.NO_SHOW, []],
    [AppointmentStatus.PENDING, []],
  ])("%s drops the patient's pending notifications and tells her: %j", (status, told) => {
    const existing = [
      ...both(CONFIRMATION, SENT, now),
      ...both(REMINDER_1H, PENDING, new Date('2026-12-07T07:00:00.000Z')),
    ];
    const { create, move, drop } = reconcile(visit({ status }), existing, now);
    expect(keys(create)).toEqual(told);
    expect(create.every((d) => d.recipientRole === 'PATIENT' && d.recipientId === 'p1')).toBe(true);
    expect(move).toEqual([]);
    expect(drop.sort()).toEqual(
      existing
        .filter((n) => n.status === PENDING)
        .map((n) => n.id)
        .sort(),
    );
  });

  it('tells a rejection once, and not an old one', () => {
    const rejected = visit({ status: AppointmentStatus.REJECTED });
    expect(create(reconcile(rejected, [], now)).every((d) => d.kind === REJECTION && d.dueAt === now)).toBe(true);
    expect(reconcile(rejected, both(REJECTION, SENT, now), now).create).toEqual([]);
    const old = visit({ status: AppointmentStatus.REJECTED, updatedAt: new Date(now.getTime() - 25 * HOUR) });
    expect(reconcile(old, [], now).create).toEqual([]);
  });

  it('asks for feedback once, the configured delay after the visit was completed', () => {
    const completedAt = new Date(now.getTime() - 10 * 60_000);
    const completed = visit({ status: AppointmentStatus.COMPLETED, updatedAt: completedAt });
    const asked = reconcile(completed, [], now).create;
    expect(keys(asked)).toEqual(['FEEDBACK_REQUEST/EMAIL', 'FEEDBACK_REQUEST/SMS']);
    expect(asked.every((d) => d.dueAt.getTime() === completedAt.getTime() + FEEDBACK_DELAY_MS)).toBe(true);
    expect(reconcile(completed, both(FEEDBACK_REQUEST, PENDING, asked[0]!.dueAt), now).create).toEqual([]);
    expect(reconcile(completed, both(FEEDBACK_REQUEST, SENT, asked[0]!.dueAt), now).create).toEqual([]);
  });

  it('keeps the reschedule and absence notices of a visit pending again, and drops them once it will not happen', () => {
    const told = [...both(RESCHEDULE, PENDING, now), ...both(DOCTOR_UNAVAILABLE, PENDING, now)];
    expect(reconcile(visit({ status: AppointmentStatus.PENDING }), told, now).drop).toEqual([]);
    const rejected = reconcile(visit({ status: AppointmentStatus.REJECTED }), told, now);
    expect(rejected.drop.sort()).toEqual(told.map((n) => n.id).sort());
  });
});

it('records a rated visit’s feedback requests, to be dropped at once, by both channels', () => {
  expect(feedbackGiven({ appointmentId: 'a1', patientId: 'p1' }, now)).toEqual(
    [NotificationChannel.EMAIL, NotificationChannel.SMS].map((channel) => ({
      appointmentId: 'a1',
      recipientId: 'p1',
      recipientRole: 'PATIENT',
      kind: FEEDBACK_REQUEST,
      channel,
      dueAt: now,
    })),
  );
});

describe('reschedule notices', () => {
  const moved = { appointmentId: 'a1', patientId: 'p1', doctorId: 'd2', rescheduleCount: 1, previousDoctorId: 'd1' };
  it('tell the patient, the new doctor and the former one, by both channels, once per reschedule', () => {
    const drafts = rescheduleNotices(moved, now, now);
    expect(drafts.map((d) => `${d.recipientRole}/${d.recipientId}/${d.channel}`).sort()).toEqual([
      'DOCTOR/d1/EMAIL',
      'DOCTOR/d1/SMS',
      'DOCTOR/d2/EMAIL',
      'DOCTOR/d2/SMS',
      'PATIENT/p1/EMAIL',
      'PATIENT/p1/SMS',
    ]);
    expect(drafts.every((d) => d.kind === RESCHEDULE && d.occurrence === 1 && d.dueAt === now)).toBe(true);
  });

  it('tell one doctor when the doctor stays, and nothing of an old reschedule', () => {
    expect(rescheduleNotices({ ...moved, previousDoctorId: 'd2' }, now, now)).toHaveLength(4);
    expect(rescheduleNotices({ ...moved, previousDoctorId: null }, now, now)).toHaveLength(4);
    expect(rescheduleNotices(moved, new Date(now.getTime() - 25 * HOUR), now)).toEqual([]);
  });
});

describe('slot offer notices', () => {
  const offer = {
    offerId: 'o1',
    entryId: 'e1',
    patientId: 'p1',
    doctorId: 'd1',
    serviceId: 's1',
    departmentId: 'dep1',
    start: '2026-12-07T08:00:00.000Z',
    end: '2026-12-07T08:30:00.000Z',
    expiresAt: new Date(now.getTime() + 15 * 60_000).toISOString(),
  };
  it('tell the patient at once, about the offer (no visit), carrying the slot and its expiry', () => {
    const drafts = slotOfferNotices(offer, now);
    expect(keys(drafts)).toEqual(['SLOT_OFFER/EMAIL', 'SLOT_OFFER/SMS']);
    for (const draft of drafts) {
      expect(draft).toMatchObject({
        appointmentId: null,
        offerId: 'o1',
        recipientId: 'p1',
        recipientRole: 'PATIENT',
        dueAt: now,
        expiresAt: new Date(offer.expiresAt),
      });
      expect(draft.context).toEqual({
        start: offer.start,
        end: offer.end,
        doctorId: 'd1',
        serviceId: 's1',
        departmentId: 'dep1',
        expiresAt: offer.expiresAt,
      });
    }
  });

  it('are not made for an offer already expired, and are dropped, not sent, once it expires', () => {
    expect(slotOfferNotices({ ...offer, expiresAt: now.toISOString() }, now)).toEqual([]);
    const notice = { kind: SLOT_OFFER, dueAt: now, expiresAt: new Date(offer.expiresAt) };
    expect(checkBeforeSending(notice, null, now)).toEqual({ action: 'send' });
    expect(checkBeforeSending(notice, null, new Date(offer.expiresAt))).toEqual({ action: 'cancel' });
    expect(giveUpAt(SLOT_OFFER, now, null, notice.expiresAt)).toEqual(notice.expiresAt);
  });
});

describe('checking right before a send', () => {
  const start = new Date('2026-12-07T08:00:00.000Z');
  const approved = { status: AppointmentStatus.APPROVED, startsAt: start };
  const reminder = { kind: REMINDER_1H, dueAt: new Date('2026-12-07T07:00:00.000Z') };

  it('sends what the visit still wants', () => {
    expect(checkBeforeSending({ kind: CONFIRMATION, dueAt: now }, approved, now)).toEqual({ action: 'send' });
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

  it.each([
    [REJECTION, AppointmentStatus.REJECTED, AppointmentStatus.PENDING],
    [FEEDBACK_REQUEST, AppointmentStatus.COMPLETED, AppointmentStatus.APPROVED],
    [RESCHEDULE, AppointmentStatus.APPROVED, AppointmentStatus.CANCELLED],
    [RESCHEDULE, AppointmentStatus.PENDING, AppointmentStatus.REJECTED],
    [DOCTOR_UNAVAILABLE, AppointmentStatus.APPROVED, AppointmentStatus.COMPLETED],
  ])('sends a %s while the visit is %s, cancels it once %s', (kind, wanted, unwanted) => {
    expect(checkBeforeSending({ kind, dueAt: now }, { status: wanted, startsAt: start }, now)).toEqual({
      action: 'send',
    });
    expect(checkBeforeSending({ kind, dueAt: now }, { status: unwanted, startsAt: start }, now)).toEqual({
      action: 'cancel',
    });
  });

  it('sends only the latest reschedule of a visit moved twice', () => {
    const twice = { ...approved, rescheduleCount: 2 };
    expect(checkBeforeSending({ kind: RESCHEDULE, dueAt: now, occurrence: 1 }, twice, now)).toEqual({
      action: 'cancel',
    });
    expect(checkBeforeSending({ kind: RESCHEDULE, dueAt: now, occurrence: 2 }, twice, now)).toEqual({ action: 'send' });
  });

  it('gives up a notice about a visit to come when the visit starts', () => {
    const soon = new Date(now.getTime() + HOUR);
    for (const kind of [RESCHEDULE, DOCTOR_UNAVAILABLE]) {
      expect(giveUpAt(kind, now, soon)).toEqual(soon);
      expect(checkBeforeSending({ kind, dueAt: now }, { ...approved, startsAt: soon }, soon)).toMatchObject({
        action: 'fail',
        reason: 'not sent before the visit started',
      });
    }
    expect(giveUpAt(REJECTION, now, soon)).toEqual(new Date(now.getTime() + 24 * HOUR));
  });
});

describe('invoice notices', () => {
  it('tell the invoice’s patient at once, by e-mail and by SMS, about the visit billed', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    const invoice = invoicePayload({
      invoiceId: 'i1',
      appointmentId: 'a1',
      patientId: 'p1',
      doctorId: 'd1',
      departmentId: 'dep1',
      taxCents: 500,
      totalCents: 10_500,
      createdAt: now.toISOString(),
    });
    expect(invoiceNotices(invoice, now)).toEqual(
      [NotificationChannel.EMAIL, NotificationChannel.SMS].map((channel) => ({
        appointmentId: 'a1',
        recipientId: 'p1',
        recipientRole: 'PATIENT',
        kind: NotificationKind.INVOICE,
        channel,
        dueAt: now,
        context: { invoiceId: 'i1', totalCents: 10_500 },
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

it('has one channel list', () => {
  expect(Object.values(NotificationChannel)).toEqual(['EMAIL', 'SMS']);
});

it("knows the contract's kinds", () => {
  expect(Object.values(NotificationKind).sort()).toEqual(
    [
      CONFIRMATION,
      REMINDER_24H,
      REMINDER_1H,
      CANCELLATION,
      INVOICE,
      REJECTION,
      RESCHEDULE,
      DOCTOR_UNAVAILABLE,
      FEEDBACK_REQUEST,
      SLOT_OFFER,
    ].sort(),
  );
});
