import { newId } from '@hospital/kit';
import {
  type EventCatalogue,
  type EventEnvelope,
  type EventType,
  type InvoiceEventPayload,
} from '@hospital/kit/events';

/** Events as the other subgraphs publish them, for analytics' tests. */
export function envelope<T extends EventType>(type: T, payload: EventCatalogue[T], id = newId()): EventEnvelope<T> {
  return { id, type, occurredAt: new Date().toISOString(), payload };
}

export interface VisitFacts {
  doctorId: string;
  departmentId: string;
  start: string;
}

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
  return envelope(type, {
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
    rescheduleCount: 0,
    previousStart: null,
  });
}

/** An invoice of `subtotalCents` with 5 % tax, as billing creates it. */
export function invoice(departmentId: string, doctorId: string, subtotalCents: number): InvoiceEventPayload {
  const taxCents = Math.round(subtotalCents * 0.05);
  return {
    invoiceId: newId(),
    appointmentId: newId(),
    patientId: newId(),
    doctorId,
    departmentId,
    kind: 'CONSULTATION',
    status: 'PENDING',
    subtotalCents,
    taxCents,
    totalCents: subtotalCents + taxCents,
    createdAt: '2026-01-01T08:00:00.000Z',
  };
}

export const invoiceCreated = (created: InvoiceEventPayload) => envelope('billing.invoice-created', created);

export const invoicePaid = (paid: InvoiceEventPayload, paidAt: string) =>
  envelope('billing.invoice-paid', { ...paid, status: 'PAID', paymentId: newId(), paidAt });

export const invoiceRefunded = (
  refunded: InvoiceEventPayload,
  refundedAt: string,
  refundedCents = refunded.totalCents,
) =>
  envelope('billing.invoice-refunded', {
    ...refunded,
    status: 'REFUNDED',
    refundId: newId(),
    refundedCents,
    refundedAt,
  });

export const invoiceVoided = (voided: InvoiceEventPayload, voidedAt: string) =>
  envelope('billing.invoice-voided', { ...voided, status: 'VOID', voidedAt });

export const feedbackSubmitted = (doctorId: string, rating: number, submittedAt: string) =>
  envelope('feedback.submitted', {
    feedbackId: newId(),
    appointmentId: newId(),
    patientId: newId(),
    doctorId,
    rating,
    submittedAt,
  });
