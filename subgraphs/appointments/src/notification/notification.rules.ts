import { zonedParts, type AppointmentEventPayload } from '@hospital/kit';
import { NotificationChannel, NotificationKind, type RecipientRole } from './notification.entity.js';

/** The appointment events notifications are made from. */
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

/** A notification to exist (or be made pending again at `dueAt`). */
export interface NotificationDraft {
  appointmentId: string;
  recipientId: string;
  recipientRole: RecipientRole;
  kind: NotificationKind;
  channel: NotificationChannel;
  dueAt: Date;
}

/**
 * What an event does to the visit's notifications, applied in this order:
 * - `drop`: these kinds, while still pending, are dropped (CANCELLED);
 * - `schedule`: these exist and are pending at their due time (a pending or dropped
 *   one is moved; one already sent stays as it was).
 */
export interface NotificationPlan {
  drop: NotificationKind[];
  schedule: NotificationDraft[];
}

/** The reminders of a visit starting at `start` whose due time has not passed at `now`. */
export function reminderDrafts(payload: AppointmentEventPayload, now: Date): NotificationDraft[] {
  const start = Date.parse(payload.start);
  return REMINDER_KINDS.flatMap((kind) => {
    const dueAt = new Date(start - REMINDER_LEAD_MS[kind]);
    if (dueAt.getTime() <= now.getTime()) return [];
    return CHANNELS.map((channel) => ({
      appointmentId: payload.appointmentId,
      recipientId: payload.patientId,
      recipientRole: 'PATIENT' as const,
      kind,
      channel,
      dueAt,
    }));
  });
}

const toBoth = (
  payload: AppointmentEventPayload,
  kind: NotificationKind,
  recipientRole: RecipientRole,
  dueAt: Date,
): NotificationDraft[] =>
  CHANNELS.map((channel) => ({
    appointmentId: payload.appointmentId,
    recipientId: recipientRole === 'PATIENT' ? payload.patientId : payload.doctorId,
    recipientRole,
    kind,
    channel,
    dueAt,
  }));

const UNSENT_FOR_PATIENT = [NotificationKind.CONFIRMATION, ...REMINDER_KINDS];

/** The rules: which notifications an appointment event makes, moves or drops. */
export function planNotifications(
  type: NotificationEvent,
  payload: AppointmentEventPayload,
  now: Date,
): NotificationPlan {
  switch (type) {
    case 'appointments.approved':
      return {
        drop: [],
        schedule: [...toBoth(payload, NotificationKind.CONFIRMATION, 'PATIENT', now), ...reminderDrafts(payload, now)],
      };
    case 'appointments.rescheduled': {
      if (payload.status !== 'APPROVED') return { drop: [...REMINDER_KINDS], schedule: [] };
      // Reminders whose new due time has passed are dropped; the others move (or are made).
      const schedule = reminderDrafts(payload, now);
      const kept = new Set(schedule.map((draft) => draft.kind));
      return { drop: REMINDER_KINDS.filter((kind) => !kept.has(kind)), schedule };
    }
    case 'appointments.cancelled':
      return { drop: UNSENT_FOR_PATIENT, schedule: toBoth(payload, NotificationKind.CANCELLATION, 'DOCTOR', now) };
    case 'appointments.rejected':
    case 'appointments.completed':
    case 'appointments.no-show':
      return { drop: UNSENT_FOR_PATIENT, schedule: [] };
  }
}

/** Tries before a notification is given up as FAILED. */
export const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = HOUR;

/** How long to wait after the `attempts`-th failed try: 30 s, 1 min, 2 min, … at most an hour. */
export const backoffMs = (attempts: number): number =>
  Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);

/** What a failed try changes: another try later, or FAILED after the last. */
export function afterFailure(attempts: number, now: Date): { attempts: number; failed: boolean; nextAttemptAt: Date } {
  const next = attempts + 1;
  return { attempts: next, failed: next >= MAX_ATTEMPTS, nextAttemptAt: new Date(now.getTime() + backoffMs(next)) };
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
