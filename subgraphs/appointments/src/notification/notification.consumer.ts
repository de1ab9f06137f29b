import { isUniqueViolation, newId, type Clock, type EventBus, type Unsubscribe, type UnitOfWork } from '@hospital/kit';
import { In, Not, type EntityManager } from 'typeorm';
import { Notification, NotificationStatus } from './notification.entity.js';
import {
  NOTIFICATION_EVENTS,
  planNotifications,
  type NotificationDraft,
  type NotificationPlan,
} from './notification.rules.js';

/** The consumer group under which notifications read the event stream. */
export const NOTIFICATIONS_CONSUMER_GROUP = 'appointments-notifications';

/** Makes a draft exist and be pending at its due time; one already sent stays as it was. */
async function schedule(manager: EntityManager, draft: NotificationDraft, now: Date): Promise<void> {
  const key = {
    appointmentId: draft.appointmentId,
    kind: draft.kind,
    channel: draft.channel,
    recipientId: draft.recipientId,
  };
  const pending = {
    status: NotificationStatus.PENDING,
    dueAt: draft.dueAt,
    attempts: 0,
    nextAttemptAt: null,
    claimedBy: null,
    claimedUntil: null,
    lastError: null,
  };
  const moved = await manager.update(Notification, { ...key, status: Not(NotificationStatus.SENT) }, pending);
  if (moved.affected) return;
  try {
    // Only a SENT one can be left here: it stays as it was.
    if (await manager.existsBy(Notification, key)) return;
    await manager.insert(Notification, {
      id: newId(),
      ...key,
      recipientRole: draft.recipientRole,
      ...pending,
      sentAt: null,
      createdAt: now,
    });
  } catch (error) {
    // Another consumer made it meanwhile (MariaDB and SQLite undo only the refused statement).
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Applies a plan inside the transaction that records the event. */
export async function applyPlan(
  manager: EntityManager,
  appointmentId: string,
  plan: NotificationPlan,
  now: Date,
): Promise<void> {
  if (plan.drop.length) {
    await manager.update(
      Notification,
      { appointmentId, kind: In(plan.drop), status: NotificationStatus.PENDING },
      { status: NotificationStatus.CANCELLED, claimedBy: null, claimedUntil: null, nextAttemptAt: null },
    );
  }
  for (const draft of plan.schedule) await schedule(manager, draft, now);
}

/**
 * Reads the appointment events durably (a consumer group on the event stream) and
 * records the notifications they make, move or drop, once per event
 * (`applyOnce`). `onApplied` nudges the dispatcher.
 */
export function consumeForNotifications(
  bus: EventBus,
  uow: UnitOfWork,
  clock: Clock,
  onApplied: () => void,
): Promise<Unsubscribe> {
  return bus.consume(NOTIFICATIONS_CONSUMER_GROUP, NOTIFICATION_EVENTS, async (event) => {
    const now = clock.now();
    const plan = planNotifications(event.type, event.payload, now);
    await uow.applyOnce(event, (manager) => applyPlan(manager, event.payload.appointmentId, plan, now));
    onApplied();
  });
}
