import { type Clock } from '@hospital/kit';
import {
  checkedPayload,
  consumeDurably,
  type DurableRuntime,
  type EventEnvelope,
  type Unsubscribe,
} from '@hospital/kit/events';
import type { InvoiceKind } from '../invoice/invoice.enums.js';
import type { InvoiceService } from '../invoice/invoice.service.js';
import { billingOf, VISIT_ENDINGS } from '../invoice/invoice.rules.js';
import { billCreationLatency } from '../metrics.js';

/** The consumer group under which billing reads the event stream. */
export const BILLING_CONSUMER_GROUP = 'billing';

/**
 * Invoices come only from here: the visits' endings, read durably (what ended
 * while billing was down is billed when it is back) and applied once each
 * (`applyOnce` records the event id with the invoice it made). A visit is billed
 * at most once whatever arrives: its invoice is unique by appointment.
 *
 * The time from the ending to its invoice is measured once the invoice has
 * committed (`afterEach`); `apply` notes which event made which kind of invoice,
 * by the event object itself, so that a note of an event whose work rolled back
 * goes with it.
 */
export function consumeVisitEndings(
  runtime: DurableRuntime & { clock: Clock },
  invoices: InvoiceService,
): Promise<Unsubscribe> {
  const invoiced = new WeakMap<EventEnvelope, InvoiceKind>();
  return consumeDurably(runtime, {
    group: BILLING_CONSUMER_GROUP,
    types: VISIT_ENDINGS,
    async apply(event, manager, emit) {
      // A transaction run again after a deadlock starts with no note.
      invoiced.delete(event);
      const visit = checkedPayload(event);
      const billing = billingOf(event.type, visit);
      if (billing.action === 'reverse') return invoices.reverse(manager, emit, visit.appointmentId);
      const created = await invoices.charge(manager, emit, visit, billing.kind, billing.subtotalCents);
      if (created) {
        invoiced.set(event, billing.kind);
      } else {
        runtime.logger.warn(
          { eventId: event.id, type: event.type, appointmentId: visit.appointmentId },
          'visit billed already; the first invoice stands',
        );
      }
    },
    afterEach(outcome, event) {
      const kind = invoiced.get(event);
      if (outcome !== 'applied' || !kind) return;
      // Two processes' clocks (or a test's shifted one) may disagree by more than the wait: never below 0.
      const waited = runtime.clock.now().getTime() - Date.parse(event.occurredAt);
      billCreationLatency.observe({ kind }, Math.max(0, waited));
    },
  });
}
