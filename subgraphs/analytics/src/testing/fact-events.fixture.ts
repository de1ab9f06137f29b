import { newId } from '@hospital/kit';
import type { InvoiceEventPayload } from '@hospital/kit/events';
import { appointmentEvent, invoiceEvent, invoicePayload, testEvent } from '@hospital/kit/testing';

export interface VisitFacts {
  doctorId: string;
  departmentId: string;
  start: string;
}

/** A visit's ending as appointments publishes it, for analytics' tests. */
export function visitEnded(
  type: 'appointments.completed' | 'appointments.no-show' | 'appointments.cancelled',
  { doctorId, departmentId, start }: VisitFacts,
  appointmentId = newId(),
) {
  const status = (
    {
      'appointments.completed': 'COMPLETED',
      'appointments.no-show': 'NO_SHOW',
      'appointments.cancelled': 'CANCELLED',
    } as const
  )[type];
  return appointmentEvent(type, {
    appointmentId,
    patientId: newId(),
    doctorId,
    serviceId: newId(),
    departmentId,
    status,
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    priceCents: 10_000,
    cancellationFeeCents: status === 'CANCELLED' ? 0 : null,
  });
}

/** An invoice of `subtotalCents` with 5 % tax, as billing creates it. */
export function invoice(departmentId: string, doctorId: string, subtotalCents: number): InvoiceEventPayload {
  const taxCents = Math.round(subtotalCents * 0.05);
  return invoicePayload({
    invoiceId: newId(),
    appointmentId: newId(),
    patientId: newId(),
    doctorId,
    departmentId,
    subtotalCents,
    taxCents,
    totalCents: subtotalCents + taxCents,
    createdAt: '2026-01-01T08:00:00.000Z',
  });
}

export const invoiceCreated = (created: InvoiceEventPayload) => invoiceEvent('billing.invoice-created', created);

export const invoicePaid = (paid: InvoiceEventPayload, paidAt: string) =>
  invoiceEvent('billing.invoice-paid', { ...paid, status: 'PAID', paymentId: newId(), paidAt });

export const invoiceRefunded = (
  refunded: InvoiceEventPayload,
  refundedAt: string,
  refundedCents = refunded.totalCents,
) =>
  invoiceEvent('billing.invoice-refunded', {
    ...refunded,
    status: 'REFUNDED',
    refundId: newId(),
    refundedCents,
    refundedAt,
  });

export const invoiceVoided = (voided: InvoiceEventPayload, voidedAt: string) =>
  invoiceEvent('billing.invoice-voided', { ...voided, status: 'VOID', voidedAt });

export const feedbackSubmitted = (doctorId: string, rating: number, submittedAt: string) =>
  testEvent('feedback.submitted', {
    feedbackId: newId(),
    appointmentId: newId(),
    patientId: newId(),
    doctorId,
    rating,
    submittedAt,
  });
