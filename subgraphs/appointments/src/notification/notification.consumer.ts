import {
  checkedPayload,
  consumeDurably,
  type Clock,
  type DurableRuntime,
  type InvoiceEventPayload,
  lockForUpdate,
  type Unsubscribe,
} from '@hospital/kit';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Appointment } from '../appointment/appointment.entity.js';
import { recordNotices } from './notices.js';
import { Notification, NotificationKind, NotificationStatus } from './notification.entity.js';
import {
  feedbackGiven,
  invoiceNotices,
  NOTIFICATION_EVENTS,
  reconcile,
  rescheduleNotices,
  slotOfferNotices,
  type Reconciliation,
  type ReconcileOptions,
} from './notification.rules.js';

/** The consumer group under which notifications read the event stream. */
export const NOTIFICATIONS_CONSUMER_GROUP = 'appointments-notifications';

const UNCLAIMED = { claimedBy: null, claimedUntil: null, nextAttemptAt: null };

/**
 * Reads the visit's row and makes its notifications match it (`reconcile`), inside
 * the caller's transaction. On MariaDB the row is read FOR UPDATE: a change to the
 * visit waits until this has committed, and two reconciliations of one visit run
 * one after the other, each from the latest state. (SQLite runs transactions one at
 * a time.) Every write is conditional on the status it was planned from, so a row
 * the dispatcher has meanwhile sent is left as it is.
 */
export async function reconcileVisit(
  manager: EntityManager,
  appointmentId: string,
  now: Date,
  options: ReconcileOptions,
): Promise<Reconciliation> {
  const query = manager
    .getRepository(Appointment)
    .createQueryBuilder('appointment')
    .where('appointment.id = :appointmentId', { appointmentId });
  const visit = await lockForUpdate(query).getOne();
  if (!visit) return { create: [], move: [], drop: [] };
  // A RESCHEDULE is one per reschedule (its occurrence); the rules look at the others.
  const existing = await manager.findBy(Notification, { appointmentId, occurrence: 0, offerId: IsNull() });
  const changes = reconcile(visit, existing, now, options);
  if (changes.drop.length) {
    await manager.update(
      Notification,
      { id: In(changes.drop), status: NotificationStatus.PENDING },
      { status: NotificationStatus.CANCELLED, ...UNCLAIMED },
    );
  }
  for (const { id, from, dueAt } of changes.move) {
    await manager.update(
      Notification,
      { id, status: from },
      { status: NotificationStatus.PENDING, dueAt, attempts: 0, lastError: null, ...UNCLAIMED },
    );
  }
  await recordNotices(manager, changes.create, now);
  return changes;
}

/** The patient's invoice notice, by every channel, due at once. */
export const recordInvoiceNotice = (manager: EntityManager, invoice: InvoiceEventPayload, now: Date) =>
  recordNotices(manager, invoiceNotices(invoice, now), now);

/**
 * The visit's feedback is in: its FEEDBACK_REQUESTs are recorded (if not yet) and
 * those still pending dropped, in one transaction, so none goes out and none is made later.
 */
export async function recordFeedbackGiven(
  manager: EntityManager,
  feedback: Parameters<typeof feedbackGiven>[0],
  now: Date,
): Promise<void> {
  await recordNotices(manager, feedbackGiven(feedback, now), now);
  await manager.update(
    Notification,
    {
      appointmentId: feedback.appointmentId,
      kind: NotificationKind.FEEDBACK_REQUEST,
      status: NotificationStatus.PENDING,
    },
    { status: NotificationStatus.CANCELLED, ...UNCLAIMED },
  );
}

/**
 * Reads the appointment events durably (a consumer group on the event stream) and,
 * once per event (`applyOnce`), reconciles that visit's notifications with its
 * current row: the event only says WHICH visit changed, never what to do, so events
 * applied out of order (several replicas, concurrent relays) or from an old stream
 * lead to the same notifications. A reschedule is also told from its event (the row
 * does not say which doctor the visit was with before); a new invoice (billing's
 * event) and a waitlist offer are announced to their patient; a visit rated
 * (feedback's event) is asked for feedback no more. `onApplied` nudges the dispatcher.
 */
export function consumeForNotifications(
  runtime: DurableRuntime & { clock: Clock },
  options: ReconcileOptions,
  onApplied: () => void,
): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: NOTIFICATIONS_CONSUMER_GROUP,
    types: [
      ...NOTIFICATION_EVENTS,
      'billing.invoice-created',
      'appointments.slot-offered',
      'feedback.submitted',
    ] as const,
    async apply(event, manager) {
      const payload = checkedPayload(event);
      const now = runtime.clock.now();
      if ('offerId' in payload) {
        await recordNotices(manager, slotOfferNotices(payload, now), now);
        return;
      }
      if ('invoiceId' in payload) {
        await recordInvoiceNotice(manager, payload, now);
        return;
      }
      if ('feedbackId' in payload) {
        await recordFeedbackGiven(manager, payload, now);
        return;
      }
      if (event.type === 'appointments.rescheduled') {
        await recordNotices(manager, rescheduleNotices(payload, new Date(event.occurredAt), now), now);
      }
      await reconcileVisit(manager, payload.appointmentId, now, options);
    },
    afterEach: onApplied,
  });
}
