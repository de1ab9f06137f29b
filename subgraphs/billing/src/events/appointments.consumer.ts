import { checkedPayload, consumeDurably, type DurableRuntime, type Unsubscribe } from '@hospital/kit';
import type { InvoiceService } from '../invoice/invoice.service.js';
import { billingOf, VISIT_ENDINGS } from '../invoice/invoice.rules.js';

/** The consumer group under which billing reads the event stream. */
export const BILLING_CONSUMER_GROUP = 'billing';

/**
 * Invoices come only from here: the visits' endings, read durably (what ended
 * while billing was down is billed when it is back) and applied once each
 * (`applyOnce` records the event id with the invoice it made). A visit is billed
 * at most once whatever arrives: its invoice is unique by appointment.
 */
export function consumeVisitEndings(runtime: DurableRuntime, invoices: InvoiceService): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: BILLING_CONSUMER_GROUP,
    types: VISIT_ENDINGS,
    async apply(event, manager, emit) {
      const visit = checkedPayload(event);
      const billing = billingOf(event.type, visit);
      if (billing.action === 'reverse') return invoices.reverse(manager, emit, visit.appointmentId);
      const created = await invoices.charge(manager, emit, visit, billing.kind, billing.subtotalCents);
      if (!created) {
        runtime.logger.warn(
          { eventId: event.id, type: event.type, appointmentId: visit.appointmentId },
          'visit billed already; the first invoice stands',
        );
      }
    },
  });
}
