import { type Clock } from '@hospital/kit';
import { checkedPayload, consumeDurably, type DurableRuntime, type Unsubscribe } from '@hospital/kit/events';
import { recordNotices } from '../notification/notices.js';
import { recordFeedbackGiven, recordInvoiceNotice, reconcileVisit } from '../notification/notification.reconcile.js';
import {
  NOTIFICATION_EVENTS,
  rescheduleNotices,
  slotOfferNotices,
  type ReconcileOptions,
} from '../notification/notification.rules.js';

/** The consumer group under which notifications read the event stream. */
export const NOTIFICATIONS_CONSUMER_GROUP = 'appointments-notifications';

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
