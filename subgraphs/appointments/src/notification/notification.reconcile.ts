import { lockForUpdate } from '@hospital/kit';
import { type InvoiceEventPayload } from '@hospital/kit/events';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Appointment } from '../appointment/appointment.entity.js';
import { recordNotices } from './notices.js';
import { Notification } from './notification.entity.js';
import { NotificationKind, NotificationStatus } from './notification.enums.js';
import {
  feedbackGiven,
  invoiceNotices,
  reconcile,
  type Reconciliation,
  type ReconcileOptions,
} from './notification.rules.js';

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
