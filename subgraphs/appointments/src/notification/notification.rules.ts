import { zonedParts, type InvoiceEventPayload } from '@hospital/kit';
import { AppointmentStatus } from '../appointment/appointment-status.js';
import {
  NotificationChannel,
  NotificationKind,
  NotificationStatus,
  type Notification,
  type RecipientRole,
} from './notification.entity.js';

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

/** How recent a cancellation must be for the doctor to be told of it (older ones are history, e.g. on a first deploy). */
export const CANCELLATION_NOTICE_WINDOW_MS = 24 * HOUR;

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
export interface NotificationDraft {
  appointmentId: string;
  recipientId: string;
  recipientRole: RecipientRole;
  kind: NotificationKind;
  channel: NotificationChannel;
  dueAt: Date;
}

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

/** What the patient gets about a visit that is to happen. */
const FOR_PATIENT: readonly NotificationKind[] = [NotificationKind.CONFIRMATION, ...REMINDER_KINDS];

/**
 * The rules, from the visit's CURRENT state (never from an event's payload, so the
 * order in which events arrive does not matter; applying it twice changes nothing):
 * - APPROVED, start ahead: the CONFIRMATION exists (made once, by both channels);
 *   each reminder exists, due at start − 24 h / start − 1 h: a pending one planned
 *   for another start is moved there, or dropped when that time has passed; a
 *   missing (or dropped) one is made while its due time is still ahead;
 * - APPROVED, start passed: nothing new; pending reminders planned for another start are dropped;
 * - CANCELLED: the patient's pending notifications are dropped, and the doctor's
 *   CANCELLATION exists once — made only while the cancellation is recent
 *   (`updatedAt` within CANCELLATION_NOTICE_WINDOW_MS), so that reading an old
 *   stream does not announce old cancellations;
 * - PENDING, REJECTED, COMPLETED, NO_SHOW: the patient's pending notifications are dropped.
 */
export function reconcile(visit: VisitState, existing: readonly ExistingNotification[], now: Date): Reconciliation {
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

  result.drop = existing
    .filter(
      (n) => n.recipientRole === 'PATIENT' && FOR_PATIENT.includes(n.kind) && n.status === NotificationStatus.PENDING,
    )
    .map((n) => n.id);
  const recent = now.getTime() - visit.updatedAt.getTime() <= CANCELLATION_NOTICE_WINDOW_MS;
  if (visit.status === AppointmentStatus.CANCELLED && recent) {
    for (const channel of CHANNELS) {
      if (!find(NotificationKind.CANCELLATION, channel, visit.doctorId)) {
        result.create.push(draft(NotificationKind.CANCELLATION, channel, 'DOCTOR', now));
      }
    }
  }
  return result;
}

/** RULES.md: an invoice notice tells the patient of a new invoice, once by each channel. */
export const invoiceNotices = (invoice: InvoiceEventPayload, now: Date): NotificationDraft[] =>
  CHANNELS.map((channel) => ({
    appointmentId: invoice.appointmentId,
    recipientId: invoice.patientId,
    recipientRole: 'PATIENT',
    kind: NotificationKind.INVOICE,
    channel,
    dueAt: now,
  }));

/** How long a CONFIRMATION or CANCELLATION is retried after it was due. */
export const RETRY_WINDOW_MS = 24 * HOUR;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = HOUR;

/** How long to wait after the `attempts`-th failed try: 30 s, 1 min, 2 min, … at most an hour. */
export const backoffMs = (attempts: number): number =>
  Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);

/**
 * When trying stops (FAILED): a reminder at its visit's start; a CONFIRMATION 24 h
 * after it was due, or at the visit's start if that is sooner; anything else 24 h
 * after it was due.
 */
export function giveUpAt(kind: NotificationKind, dueAt: Date, start: Date): Date {
  if (isReminder(kind)) return start;
  const window = new Date(dueAt.getTime() + RETRY_WINDOW_MS);
  if (kind === NotificationKind.CONFIRMATION && start.getTime() < window.getTime()) return start;
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
  | { action: 'send'; start: Date }
  /** No longer wanted: the visit changed since it was planned (→ CANCELLED). */
  | { action: 'cancel' }
  /** Too late to be worth sending (→ FAILED, with the reason). */
  | { action: 'fail'; reason: string };

/**
 * The check right before a send, against the visit as it stands: a CONFIRMATION only
 * for an APPROVED visit, a reminder only for an APPROVED visit starting when the
 * reminder was planned for, a CANCELLATION only for a CANCELLED one; and none after
 * its give-up time.
 */
export function checkBeforeSending(
  notification: Pick<Notification, 'kind' | 'dueAt'>,
  visit: Pick<VisitState, 'status' | 'startsAt'> | null,
  now: Date,
): SendCheck {
  if (!visit) return { action: 'fail', reason: 'appointment not found' };
  const { kind, dueAt } = notification;
  const approved = visit.status === AppointmentStatus.APPROVED;
  if (kind === NotificationKind.CONFIRMATION && !approved) return { action: 'cancel' };
  if (isReminder(kind) && (!approved || reminderDue(kind, visit.startsAt).getTime() !== dueAt.getTime())) {
    return { action: 'cancel' };
  }
  if (kind === NotificationKind.CANCELLATION && visit.status !== AppointmentStatus.CANCELLED) {
    return { action: 'cancel' };
  }
  const giveUp = giveUpAt(kind, dueAt, visit.startsAt);
  if (now.getTime() >= giveUp.getTime()) {
    return {
      action: 'fail',
      reason:
        isReminder(kind) || giveUp.getTime() === visit.startsAt.getTime()
          ? 'not sent before the visit started'
          : 'not sent within 24 h of its due time',
    };
  }
  return { action: 'send', start: visit.startsAt };
}

/** The wall-clock date and time of an instant in the clinic's zone: ['2026-12-07', '10:00']. */
export function clinicTime(instant: Date, timeZone: string): [date: string, time: string] {
  const { date, minutes } = zonedParts(instant, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return [date, `${hh}:${mm}`];
}

export interface Message {
  subject: string;
  text: string;
}

/** The text of a notification: plain, short, in English, times in the clinic's zone. */
export function messageFor(kind: NotificationKind, start: Date, timeZone: string, name?: string | null): Message {
  const [date, time] = clinicTime(start, timeZone);
  const when = `${date} at ${time} (${timeZone})`;
  const say = (sentence: string) =>
    name ? `Dear ${name}, ${sentence}` : `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
  switch (kind) {
    case NotificationKind.CONFIRMATION:
      return { subject: 'Your visit is confirmed', text: say(`your visit on ${when} is confirmed.`) };
    case NotificationKind.REMINDER_24H:
      return { subject: 'Your visit is tomorrow', text: say(`a reminder: your visit is on ${when}.`) };
    case NotificationKind.REMINDER_1H:
      return { subject: 'Your visit is in an hour', text: say(`a reminder: your visit is on ${when}.`) };
    case NotificationKind.CANCELLATION:
      return { subject: 'A visit was cancelled', text: say(`the visit on ${when} was cancelled.`) };
    case NotificationKind.INVOICE:
      return { subject: 'Your invoice', text: say(`an invoice for your visit on ${when} is ready.`) };
  }
}
