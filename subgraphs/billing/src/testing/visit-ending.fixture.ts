import { newId } from '@hospital/kit';
import type { AppointmentEventPayload, EventEnvelope } from '@hospital/kit/events';
import { appointmentEvent } from '@hospital/kit/testing';
import type { VisitEnding } from '../invoice/invoice.rules.js';

const STATUS_AFTER: Record<VisitEnding, AppointmentEventPayload['status']> = {
  'appointments.completed': 'COMPLETED',
  'appointments.cancelled': 'CANCELLED',
  'appointments.no-show': 'NO_SHOW',
};

/** For the integration tests: a visit's ending as the appointments subgraph's relay publishes it. */
export function visitEnded<T extends VisitEnding>(
  type: T,
  visit: Partial<AppointmentEventPayload> = {},
): EventEnvelope<T> {
  return appointmentEvent(type, {
    appointmentId: newId(),
    patientId: newId(),
    doctorId: newId(),
    serviceId: newId(),
    departmentId: newId(),
    status: STATUS_AFTER[type],
    start: '2026-12-07T08:00:00.000Z',
    end: '2026-12-07T08:30:00.000Z',
    priceCents: 10_000,
    cancellationFeeCents: type === 'appointments.cancelled' ? 0 : null,
    ...visit,
  });
}

/** The client's operations (../shared/contract/operations/billing.graphql), minus what other subgraphs resolve. */
export const INVOICE = `query Invoice($id: ID!) {
  invoice(id: $id) {
    id kind status subtotal tax total createdAt
    appointment { id } patient { id }
    payments { id amount method reference paidAt }
  }
}`;
export const INVOICES = `query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {
  invoices(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id kind status total createdAt patient { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const PAY = `mutation PayInvoice($input: PayInvoiceInput!) {
  payInvoice(input: $input) { id amount method reference paidAt invoice { id status } }
}`;
export const VOID = `mutation VoidInvoice($id: ID!, $reason: String!) { voidInvoice(id: $id, reason: $reason) { id status } }`;
/** Appointment.invoice as AppointmentDetail asks for it, through the gateway's `_entities`. */
export const APPOINTMENT_INVOICE = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Appointment { id invoice { id kind status subtotal tax total payments { id amount method paidAt } } }
  }
}`;
/** Patient.invoices as PatientChart asks for it. */
export const PATIENT_INVOICES = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Patient { id invoices { id kind status total } } }
}`;
export const INVOICE_ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id status } } }`;
