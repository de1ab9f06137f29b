import { enumOf } from '@hospital/kit';
import { INVOICE_KINDS, INVOICE_STATUSES } from '@hospital/kit/events';
import { registerEnumType } from 'type-graphql';

/** What a visit is billed for: its consultation, a late cancellation, or a missed visit. */
export const InvoiceKind = enumOf(INVOICE_KINDS);
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
registerEnumType(InvoiceKind, {
  name: 'InvoiceKind',
  description: 'What a visit is billed for',
  valuesConfig: {
    CONSULTATION: { description: "A completed visit: the service's price as booked" },
    CANCELLATION_FEE: {
      description:
        "The patient's side cancelled too late to be free: the fee the cancellation set (Appointment.cancellationFee)",
    },
    NO_SHOW_FEE: { description: 'The patient missed the visit: the full price as booked' },
  },
});

export const InvoiceStatus = enumOf(INVOICE_STATUSES);
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'PENDING until paid or voided; a paid invoice is refunded when its visit is cancelled in time',
  valuesConfig: {
    PENDING: { description: 'To be paid' },
    PAID: { description: 'Paid in full' },
    VOID: { description: 'Never to be paid: voided at the desk with a reason, or its visit was cancelled in time' },
    REFUNDED: { description: 'Paid, then given back in full: its visit was cancelled in time' },
  },
});
