import { zonedParts } from '@hospital/kit';
import {
  type AppointmentEventPayload,
  type EventCatalogue,
  type InvoiceEventPayload,
  type SlotOfferedPayload,
} from '@hospital/kit/events';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import type { NoticeDraft } from './notices.js';
import { type Notification, type RecipientRole, type SlotOfferContext } from './notification.entity.js';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums.js';

type FeedbackSubmittedPayload = EventCatalogue['feedback.submitted'];

/** The appointment events on which a visit's notifications are reconciled with its row. */
export const NOTIFICATION_EVENTS = [
  'appointments.approved',
  'appointments.rescheduled',
  'appointments.cancelled',
  'appointments.rejected',
  'appointments.completed',
  'appointments.no-show',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

const HOUR = 3_600_000;
const CHANNELS = [NotificationChannel.EMAIL, NotificationChannel.SMS] as const;

/** How long before the visit's start each reminder is due. */
export const REMINDER_LEAD_MS = {
  [NotificationKind.REMINDER_24H]: 24 * HOUR,
  [NotificationKind.REMINDER_1H]: HOUR,
} as const;
export const REMINDER_KINDS = [NotificationKind.REMINDER_24H, NotificationKind.REMINDER_1H] as const;
type ReminderKind = (typeof REMINDER_KINDS)[number];
export const isReminder = (kind: NotificationKind): kind is ReminderKind =>
  (REMINDER_KINDS as readonly NotificationKind[]).includes(kind);

/** When a reminder of a visit starting at `start` is due. */
export const reminderDue = (kind: ReminderKind, start: Date): Date =>
  new Date(start.getTime() - REMINDER_LEAD_MS[kind]);

/** How recent a change must be for it to be announced (older ones are history, e.g. an old stream read on a first deploy). */
export const NOTICE_WINDOW_MS = 24 * HOUR;

/** The visit as its row stands now: what the notifications are made to match. */
export interface VisitState {
  id: string;
  patientId: string;
  doctorId: string;
  status: AppointmentStatus;
  startsAt: Date;
  updatedAt: Date;
}

/** A notification of the visit as recorded. */
export type ExistingNotification = Pick<
  Notification,
  'id' | 'kind' | 'channel' | 'recipientId' | 'recipientRole' | 'status' | 'dueAt'
>;

/** A notification to make, pending at `dueAt`. */
export type NotificationDraft = NoticeDraft;

/**
 * What makes the recorded notifications match the visit:
 * - `create`: new rows, PENDING;
 * - `move`: rows made PENDING at a new due time with a fresh count of tries — a pending
 *   one planned for another start, or a dropped (CANCELLED) one wanted again; `from` is
 *   the status it was read with (the update is conditional on it);
 * - `drop`: PENDING rows to become CANCELLED.
 * SENT and FAILED rows are never changed.
 */
export interface Reconciliation {
  create: NotificationDraft[];
  move: { id: string; from: NotificationStatus; dueAt: Date }[];
  drop: string[];
}

export interface ReconcileOptions {
  /** How long after a visit is COMPLETED its FEEDBACK_REQUEST is due. */
  feedbackDelayMs: number;
}

/** What the patient gets about a visit that is to happen, dropped once it will not. */
const WHILE_ACTIVE: readonly NotificationKind[] = [
  NotificationKind.CONFIRMATION,
  ...REMINDER_KINDS,
  NotificationKind.RESCHEDULE,
  NotificationKind.DOCTOR_UNAVAILABLE,
];
/** Still to be told of a visit that is PENDING again (moved before approval): only what is not about an approval. */
const WHILE_PENDING: readonly NotificationKind[] = [NotificationKind.RESCHEDULE, NotificationKind.DOCTOR_UNAVAILABLE];

/**
 * The rules, from the visit's CURRENT state (never from an event's payload, so the
 * order in which events arrive does not matter; applying it twice changes nothing):
 * - APPROVED, start ahead: the CONFIRMATION exists (made once, by both channels);
 *   each reminder exists, due at start − 24 h / start − 1 h: a pending one planned
 *   for another start is moved there, or dropped when that time has passed; a
 *   missing (or dropped) one is made while its due time is still ahead;
 * - APPROVED, start passed: nothing new; pending reminders planned for another start are dropped;
 * - otherwise the patient's pending notices about a visit to come are dropped
 *   (a PENDING visit keeps its RESCHEDULE and DOCTOR_UNAVAILABLE notices), and, while
 *   the change is recent (`updatedAt` within NOTICE_WINDOW_MS, so that reading an old
 *   stream does not announce old news), once each:
 *   - REJECTED: the patient's REJECTION;
 *   - CANCELLED (by anyone): the patient's and the doctor's CANCELLATION;
 *   - COMPLETED: the patient's FEEDBACK_REQUEST, due `feedbackDelayMs` after completion.
 * Reschedules are told from their event (`rescheduleNotices`): the row does not say
 * where the visit was before.
 */
export function reconcile(
  visit: VisitState,
  existing: readonly ExistingNotification[],
  now: Date,
  options: ReconcileOptions,
): Reconciliation {
  const result: Reconciliation = { create: [], move: [], drop: [] };
  const find = (kind: NotificationKind, channel: NotificationChannel, recipientId: string) =>
    existing.find((n) => n.kind === kind && n.channel === channel && n.recipientId === recipientId);
  const draft = (
    kind: NotificationKind,
    channel: NotificationChannel,
    recipientRole: RecipientRole,
    dueAt: Date,
  ): NotificationDraft => ({
    appointmentId: visit.id,
    recipientId: recipientRole === 'PATIENT' ? visit.patientId : visit.doctorId,
    recipientRole,
    kind,
    channel,
    dueAt,
  });
  const ahead = (instant: Date) => instant.getTime() > now.getTime();
  const once = (kind: NotificationKind, recipientRole: RecipientRole, dueAt: Date) => {
    for (const channel of CHANNELS) {
      const recipientId = recipientRole === 'PATIENT' ? visit.patientId : visit.doctorId;
      if (!find(kind, channel, recipientId)) result.create.push(draft(kind, channel, recipientRole, dueAt));
    }
  };

  if (visit.status === AppointmentStatus.APPROVED) {
    for (const channel of CHANNELS) {
      if (ahead(visit.startsAt)) {
        const confirmation = find(NotificationKind.CONFIRMATION, channel, visit.patientId);
        if (!confirmation) result.create.push(draft(NotificationKind.CONFIRMATION, channel, 'PATIENT', now));
        else if (confirmation.status === NotificationStatus.CANCELLED) {
          result.move.push({ id: confirmation.id, from: confirmation.status, dueAt: now });
        }
      }
      for (const kind of REMINDER_KINDS) {
        const dueAt = reminderDue(kind, visit.startsAt);
        const reminder = find(kind, channel, visit.patientId);
        if (!reminder) {
          if (ahead(dueAt)) result.create.push(draft(kind, channel, 'PATIENT', dueAt));
        } else if (reminder.status === NotificationStatus.PENDING) {
          if (reminder.dueAt.getTime() === dueAt.getTime()) continue;
          if (ahead(dueAt)) result.move.push({ id: reminder.id, from: reminder.status, dueAt });
          else result.drop.push(reminder.id);
        } else if (reminder.status === NotificationStatus.CANCELLED && ahead(dueAt)) {
          result.move.push({ id: reminder.id, from: reminder.status, dueAt });
        }
      }
    }
    return result;
  }

  const stale =
    visit.status === AppointmentStatus.PENDING ? WHILE_ACTIVE.filter((k) => !WHILE_PENDING.includes(k)) : WHILE_ACTIVE;
  result.drop = existing
    .filter((n) => n.recipientRole === 'PATIENT' && stale.includes(n.kind) && n.status === NotificationStatus.PENDING)
    .map((n) => n.id);
  const recent = now.getTime() - visit.updatedAt.getTime() <= NOTICE_WINDOW_MS;
  if (!recent) return result;
  if (visit.status === AppointmentStatus.REJECTED) once(NotificationKind.REJECTION, 'PATIENT', now);
  if (visit.status === AppointmentStatus.CANCELLED) {
    once(NotificationKind.CANCELLATION, 'PATIENT', now);
    once(NotificationKind.CANCELLATION, 'DOCTOR', now);
  }
  if (visit.status === AppointmentStatus.COMPLETED) {
    once(NotificationKind.FEEDBACK_REQUEST, 'PATIENT', new Date(visit.updatedAt.getTime() + options.feedbackDelayMs));
  }
  return result;
}

/**
 * docs/rules.md#care-flow: a reschedule is told to the patient and to the visit's doctor, and a
 * reschedule to another doctor to the one it was with before as well; once each per
 * reschedule (`occurrence`: the visit's reschedule count after it, so the second
 * reschedule is told too). Nothing for one older than NOTICE_WINDOW_MS (an old stream).
 */
export function rescheduleNotices(
  moved: Pick<
    AppointmentEventPayload,
    'appointmentId' | 'patientId' | 'doctorId' | 'rescheduleCount' | 'previousDoctorId'
  >,
  occurredAt: Date,
  now: Date,
): NotificationDraft[] {
  if (now.getTime() - occurredAt.getTime() > NOTICE_WINDOW_MS) return [];
  const recipients: [RecipientRole, string][] = [
    ['PATIENT', moved.patientId],
    ['DOCTOR', moved.doctorId],
  ];
  if (moved.previousDoctorId && moved.previousDoctorId !== moved.doctorId) {
    recipients.push(['DOCTOR', moved.previousDoctorId]);
  }
  return recipients.flatMap(([recipientRole, recipientId]) =>
    CHANNELS.map((channel) => ({
      appointmentId: moved.appointmentId,
      recipientId,
      recipientRole,
      kind: NotificationKind.RESCHEDULE,
      channel,
      dueAt: now,
      occurrence: moved.rescheduleCount,
    })),
  );
}

/**
 * A visit already rated needs no feedback request: both channels' requests, to be
 * recorded and dropped at once (CANCELLED), so a request not yet sent is not sent and
 * one not yet made (its visit's completion applied later) is never made.
 */
export const feedbackGiven = (
  feedback: Pick<FeedbackSubmittedPayload, 'appointmentId' | 'patientId'>,
  now: Date,
): NotificationDraft[] =>
  CHANNELS.map((channel) => ({
    appointmentId: feedback.appointmentId,
    recipientId: feedback.patientId,
    recipientRole: 'PATIENT',
    kind: NotificationKind.FEEDBACK_REQUEST,
    channel,
    dueAt: now,
  }));

/** docs/rules.md#notifications: an invoice notice tells the patient of a new invoice, once by each channel, with its total. */
export const invoiceNotices = (invoice: InvoiceEventPayload, now: Date): NotificationDraft[] =>
  CHANNELS.map((channel) => ({
    appointmentId: invoice.appointmentId,
    recipientId: invoice.patientId,
    recipientRole: 'PATIENT',
    kind: NotificationKind.INVOICE,
    channel,
    dueAt: now,
    context: { invoiceId: invoice.invoiceId, totalCents: invoice.totalCents },
  }));

/**
 * docs/rules.md#care-flow: a waitlist offer is told to its patient at once, by both channels, with
 * the slot; it is worth nothing after `expiresAt`, so it is not recorded when
 * already expired and dropped, not sent, once it expires.
 */
export function slotOfferNotices(offer: SlotOfferedPayload, now: Date): NotificationDraft[] {
  const expiresAt = new Date(offer.expiresAt);
  if (expiresAt.getTime() <= now.getTime()) return [];
  const context: SlotOfferContext = {
    start: offer.start,
    end: offer.end,
    doctorId: offer.doctorId,
    serviceId: offer.serviceId,
    departmentId: offer.departmentId,
    expiresAt: offer.expiresAt,
  };
  return CHANNELS.map((channel) => ({
    appointmentId: null,
    offerId: offer.offerId,
    recipientId: offer.patientId,
    recipientRole: 'PATIENT',
    kind: NotificationKind.SLOT_OFFER,
    channel,
    dueAt: now,
    expiresAt,
    context,
  }));
}

/** How long a notice that is not a reminder is retried after it was due. */
export const RETRY_WINDOW_MS = 24 * HOUR;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = HOUR;

/** How long to wait after the `attempts`-th failed try: 30 s, 1 min, 2 min, … at most an hour. */
export const backoffMs = (attempts: number): number =>
  Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);

/** Notices about a visit to come: not worth sending once it has started. */
const BEFORE_THE_VISIT: readonly NotificationKind[] = [
  NotificationKind.CONFIRMATION,
  NotificationKind.RESCHEDULE,
  NotificationKind.DOCTOR_UNAVAILABLE,
];

/**
 * When trying stops (FAILED): a reminder at its visit's start; a notice with an
 * expiry (a waitlist offer) at its expiry; a CONFIRMATION, RESCHEDULE or
 * DOCTOR_UNAVAILABLE 24 h after it was due, or at the visit's start if that is
 * sooner; anything else 24 h after it was due.
 */
export function giveUpAt(kind: NotificationKind, dueAt: Date, start: Date | null, expiresAt: Date | null = null): Date {
  if (expiresAt) return expiresAt;
  if (isReminder(kind) && start) return start;
  const window = new Date(dueAt.getTime() + RETRY_WINDOW_MS);
  if (start && BEFORE_THE_VISIT.includes(kind) && start.getTime() < window.getTime()) return start;
  return window;
}

/** What a failed try changes: another try after the backoff, or FAILED when that try would come too late. */
export function afterFailure(
  attempts: number,
  giveUp: Date,
  now: Date,
): { attempts: number; failed: boolean; nextAttemptAt: Date } {
  const next = attempts + 1;
  const nextAttemptAt = new Date(now.getTime() + backoffMs(next));
  return { attempts: next, failed: nextAttemptAt.getTime() >= giveUp.getTime(), nextAttemptAt };
}

/** What to do with a claimed, still pending notification right before sending it. */
export type SendCheck =
  | { action: 'send' }
  /** No longer wanted: the visit changed since it was planned, or the offer expired (→ CANCELLED). */
  | { action: 'cancel' }
  /** Too late to be worth sending (→ FAILED, with the reason). */
  | { action: 'fail'; reason: string };

/** The notification as the check before a send reads it. */
export type CheckedNotification = Pick<Notification, 'kind' | 'dueAt'> &
  Partial<Pick<Notification, 'occurrence' | 'expiresAt' | 'appointmentId'>>;

/** Which states of its visit still want a notice of this kind (null: any). */
function wantedStates(kind: NotificationKind): readonly AppointmentStatus[] | null {
  switch (kind) {
    case NotificationKind.CONFIRMATION:
    case NotificationKind.REMINDER_24H:
    case NotificationKind.REMINDER_1H:
      return [AppointmentStatus.APPROVED];
    case NotificationKind.RESCHEDULE:
    case NotificationKind.DOCTOR_UNAVAILABLE:
      return [AppointmentStatus.PENDING, AppointmentStatus.APPROVED];
    case NotificationKind.REJECTION:
      return [AppointmentStatus.REJECTED];
    case NotificationKind.CANCELLATION:
      return [AppointmentStatus.CANCELLED];
    case NotificationKind.FEEDBACK_REQUEST:
      return [AppointmentStatus.COMPLETED];
    case NotificationKind.INVOICE:
    case NotificationKind.SLOT_OFFER:
      return null;
  }
}

/**
 * The check right before a send, against the visit as it stands: each kind only
 * while its visit is in a state that wants it (a CONFIRMATION or reminder: APPROVED;
 * a RESCHEDULE or DOCTOR_UNAVAILABLE: PENDING or APPROVED; a REJECTION: REJECTED; a
 * CANCELLATION: CANCELLED; a FEEDBACK_REQUEST: COMPLETED; an INVOICE: any), a
 * reminder only for the start it was planned for, a RESCHEDULE only for the latest
 * reschedule; a notice with an expiry (a waitlist offer, about no visit) only before
 * it; and none after its give-up time.
 */
export function checkBeforeSending(
  notification: CheckedNotification,
  visit: (Pick<VisitState, 'status' | 'startsAt'> & { rescheduleCount?: number }) | null,
  now: Date,
): SendCheck {
  const { kind, dueAt } = notification;
  const expiresAt = notification.expiresAt ?? null;
  if (expiresAt && now.getTime() >= expiresAt.getTime()) return { action: 'cancel' };
  if (kind === NotificationKind.SLOT_OFFER) return { action: 'send' };
  if (!visit) return { action: 'fail', reason: 'appointment not found' };
  const wanted = wantedStates(kind);
  if (wanted && !wanted.includes(visit.status)) return { action: 'cancel' };
  if (isReminder(kind) && reminderDue(kind, visit.startsAt).getTime() !== dueAt.getTime()) return { action: 'cancel' };
  if (
    kind === NotificationKind.RESCHEDULE &&
    visit.rescheduleCount !== undefined &&
    (notification.occurrence ?? 0) < visit.rescheduleCount
  ) {
    return { action: 'cancel' };
  }
  const giveUp = giveUpAt(kind, dueAt, visit.startsAt, expiresAt);
  if (now.getTime() >= giveUp.getTime()) {
    return {
      action: 'fail',
      reason:
        giveUp.getTime() === visit.startsAt.getTime()
          ? 'not sent before the visit started'
          : 'not sent within 24 h of its due time',
    };
  }
  return { action: 'send' };
}

/** The wall-clock date and time of an instant in the clinic's zone: ['2026-12-07', '10:00']. */
export function clinicTime(instant: Date, timeZone: string): [date: string, time: string] {
  const { date, minutes } = zonedParts(instant, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return [date, `${hh}:${mm}`];
}

/** One message as a sender takes it: an e-mail's subject and text; an SMS's text (its subject unused). */
export interface Message {
  subject: string;
  text: string;
}
