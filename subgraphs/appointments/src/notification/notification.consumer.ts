import {
  checkedPayload,
  consumeDurably,
  isUniqueViolation,
  newId,
  type Clock,
  type DurableRuntime,
  type InvoiceEventPayload,
  type Unsubscribe,
} from '@hospital/kit';
import { In, type EntityManager } from 'typeorm';
import { Appointment } from '../appointment/appointment.entity.js';
import { Notification, NotificationStatus } from './notification.entity.js';
import {
  invoiceNotices,
  NOTIFICATION_EVENTS,
  reconcile,
  type NotificationDraft,
  type Reconciliation,
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
): Promise<Reconciliation> {
  const query = manager
    .getRepository(Appointment)
    .createQueryBuilder('appointment')
    .where('appointment.id = :appointmentId', { appointmentId });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  const visit = await query.getOne();
  if (!visit) return { create: [], move: [], drop: [] };
  const existing = await manager.findBy(Notification, { appointmentId });
  const changes = reconcile(visit, existing, now);
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
  await insertOnce(manager, changes.create, now);
  return changes;
}

/** New PENDING rows; one already made (by another replica, or an earlier try) is left as it is. */
async function insertOnce(manager: EntityManager, drafts: readonly NotificationDraft[], now: Date): Promise<void> {
  for (const draft of drafts) {
    try {
      await manager.insert(Notification, {
        id: newId(),
        ...draft,
        status: NotificationStatus.PENDING,
        attempts: 0,
        ...UNCLAIMED,
        sentAt: null,
        lastError: null,
        createdAt: now,
      });
    } catch (error) {
      // Made meanwhile (MariaDB and SQLite undo only the refused statement).
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** The patient's invoice notice, by every channel, due at once. */
export const recordInvoiceNotice = (manager: EntityManager, invoice: InvoiceEventPayload, now: Date) =>
  insertOnce(manager, invoiceNotices(invoice, now), now);

/**
 * Reads the appointment events durably (a consumer group on the event stream) and,
 * once per event (`applyOnce`), reconciles that visit's notifications with its
 * current row: the event only says WHICH visit changed, never what to do, so events
 * applied out of order (several replicas, concurrent relays) or from an old stream
 * lead to the same notifications. A new invoice (billing's event) is announced to
 * its patient. `onApplied` nudges the dispatcher.
 */
export function consumeForNotifications(
  runtime: DurableRuntime & { clock: Clock },
  onApplied: () => void,
): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: NOTIFICATIONS_CONSUMER_GROUP,
    types: [...NOTIFICATION_EVENTS, 'billing.invoice-created'] as const,
    async apply(event, manager) {
      const payload = checkedPayload(event);
      const now = runtime.clock.now();
      if ('invoiceId' in payload) {
        await recordInvoiceNotice(manager, payload, now);
      } else {
        await reconcileVisit(manager, payload.appointmentId, now);
      }
    },
    afterEach: onApplied,
  });
}
