import { forUpdate } from '@hospital/kit';
import {
  checkedPayload,
  type AppointmentEventPayload,
  type Emit,
  type EventCatalogue,
  type EventEnvelope,
  type InvoiceEventPayload,
} from '@hospital/kit/events';
import type { EntityManager } from 'typeorm';
import { FeedbackFact, InvoiceFact, VisitFact } from './facts.entity.js';
import {
  clinicDay,
  doctorDayCounts,
  refundedRevenue,
  VISIT_ENDINGS,
  visitEnding,
  type VisitEndingEvent,
} from './facts.rules.js';
import { addToRollup } from './upserts.js';

/** The events analytics makes facts of. */
export const FACT_EVENTS = [
  ...(Object.keys(VISIT_ENDINGS) as VisitEndingEvent[]),
  'billing.invoice-created',
  'billing.invoice-paid',
  'billing.invoice-voided',
  'billing.invoice-refunded',
  'feedback.submitted',
] as const;

export type FactEventType = (typeof FACT_EVENTS)[number];
/** One of them, told apart by its type (the bus hands them over as one envelope type). */
type FactEvent = { [T in FactEventType]: EventEnvelope<T> }[FactEventType];

/**
 * Turns one event into its fact and adds it to the rollups, inside the consumer's
 * transaction (the one that records the event id). Each fact is written once
 * whatever arrives twice: a fact already there is left as it is, and an invoice
 * moves forward only (paid once, refunded once), so a rollup is never counted twice.
 * A change of a day's revenue is announced (`analytics.report-changed`) in that
 * same transaction, so live reports hear of it exactly when it has committed.
 */
export class FactRecorder {
  constructor(private readonly timeZone: string) {}

  async record(manager: EntityManager, delivered: EventEnvelope<FactEventType>, emit: Emit): Promise<void> {
    const event = delivered as FactEvent;
    switch (event.type) {
      case 'appointments.completed':
      case 'appointments.no-show':
      case 'appointments.cancelled':
        return this.visitEnded(manager, event.type, checkedPayload(event));
      case 'billing.invoice-created':
        return this.invoiceCreated(manager, checkedPayload(event));
      case 'billing.invoice-paid':
        return this.invoicePaid(manager, checkedPayload(event), emit);
      case 'billing.invoice-voided':
        return this.invoiceVoided(manager, checkedPayload(event));
      case 'billing.invoice-refunded':
        return this.invoiceRefunded(manager, checkedPayload(event), emit);
      case 'feedback.submitted':
        return this.feedbackSubmitted(manager, checkedPayload(event));
    }
  }

  private async visitEnded(manager: EntityManager, type: VisitEndingEvent, visit: AppointmentEventPayload) {
    const ending = visitEnding(type, visit);
    if (await manager.existsBy(VisitFact, { appointmentId: visit.appointmentId })) return;
    const visitDay = clinicDay(visit.start, this.timeZone);
    await manager.insert(VisitFact, {
      appointmentId: visit.appointmentId,
      doctorId: visit.doctorId,
      departmentId: visit.departmentId,
      status: ending,
      visitStart: new Date(visit.start),
      visitDay,
    });
    const counts = doctorDayCounts(ending);
    if (counts) await addToRollup(manager, 'doctor_days', { doctor_id: visit.doctorId, day: visitDay }, counts);
  }

  /**
   * The invoice's fact, made from the first event that names it, and locked: replicas
   * may apply an invoice's payment and its refund at the same time, in either order,
   * and each must see what the other did.
   */
  private async invoiceFact(manager: EntityManager, invoice: InvoiceEventPayload): Promise<InvoiceFact> {
    const known = await manager.findOne(InvoiceFact, {
      where: { invoiceId: invoice.invoiceId },
      ...forUpdate(manager),
    });
    if (known) return known;
    const fact: InvoiceFact = {
      invoiceId: invoice.invoiceId,
      appointmentId: invoice.appointmentId,
      doctorId: invoice.doctorId,
      departmentId: invoice.departmentId,
      kind: invoice.kind,
      status: invoice.status,
      subtotalCents: invoice.subtotalCents,
      taxCents: invoice.taxCents,
      totalCents: invoice.totalCents,
      createdAt: new Date(invoice.createdAt),
      paidAt: null,
      paidDay: null,
      refundedCents: 0,
      refundedNetCents: 0,
      refundedAt: null,
      voidedAt: null,
    };
    await manager.insert(InvoiceFact, fact);
    return fact;
  }

  private async invoiceCreated(manager: EntityManager, invoice: EventCatalogue['billing.invoice-created']) {
    await this.invoiceFact(manager, invoice);
  }

  /** Revenue counts on the day paid, net of tax (the subtotal) and of a refund applied before the payment. */
  private async invoicePaid(manager: EntityManager, paid: EventCatalogue['billing.invoice-paid'], emit: Emit) {
    const fact = await this.invoiceFact(manager, paid);
    if (fact.paidAt) return;
    const paidDay = clinicDay(paid.paidAt, this.timeZone);
    await manager.update(
      InvoiceFact,
      { invoiceId: fact.invoiceId },
      { status: paid.status, paidAt: new Date(paid.paidAt), paidDay },
    );
    await addToRollup(
      manager,
      'department_days',
      { day: paidDay, department_id: fact.departmentId },
      { revenue_cents: Number(fact.subtotalCents) - Number(fact.refundedNetCents) },
    );
    emit('analytics.report-changed', { from: paidDay, to: paidDay });
  }

  private async invoiceVoided(manager: EntityManager, voided: EventCatalogue['billing.invoice-voided']) {
    const fact = await this.invoiceFact(manager, voided);
    if (fact.voidedAt) return;
    await manager.update(
      InvoiceFact,
      { invoiceId: fact.invoiceId },
      { status: voided.status, voidedAt: new Date(voided.voidedAt) },
    );
  }

  /**
   * A refund takes its revenue back from the day the invoice was paid, so that a
   * period's revenue is what its payments finally brought in. A refund of a payment
   * analytics never heard of took nothing from any day, so it gives nothing back.
   */
  private async invoiceRefunded(
    manager: EntityManager,
    refund: EventCatalogue['billing.invoice-refunded'],
    emit: Emit,
  ) {
    const fact = await this.invoiceFact(manager, refund);
    if (fact.refundedAt) return;
    const refundedNetCents = refundedRevenue(Number(fact.subtotalCents), Number(fact.totalCents), refund.refundedCents);
    await manager.update(
      InvoiceFact,
      { invoiceId: fact.invoiceId },
      {
        status: refund.status,
        refundedCents: refund.refundedCents,
        refundedNetCents,
        refundedAt: new Date(refund.refundedAt),
      },
    );
    if (fact.paidDay) {
      await addToRollup(
        manager,
        'department_days',
        { day: fact.paidDay, department_id: fact.departmentId },
        { revenue_cents: -refundedNetCents },
      );
      emit('analytics.report-changed', { from: fact.paidDay, to: fact.paidDay });
    }
  }

  /** A rating counts on the day it was given. */
  private async feedbackSubmitted(manager: EntityManager, feedback: EventCatalogue['feedback.submitted']) {
    if (await manager.existsBy(FeedbackFact, { feedbackId: feedback.feedbackId })) return;
    const submittedDay = clinicDay(feedback.submittedAt, this.timeZone);
    await manager.insert(FeedbackFact, {
      feedbackId: feedback.feedbackId,
      appointmentId: feedback.appointmentId,
      doctorId: feedback.doctorId,
      rating: feedback.rating,
      submittedDay,
    });
    await addToRollup(
      manager,
      'doctor_days',
      { doctor_id: feedback.doctorId, day: submittedDay },
      { rating_sum: feedback.rating, rating_count: 1 },
    );
  }
}
