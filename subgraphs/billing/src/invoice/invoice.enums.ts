import { enumOf } from '@hospital/kit';
import { INVOICE_KINDS, INVOICE_STATUSES } from '@hospital/kit/events';
import { registerEnumType } from 'type-graphql';

/** What a visit is billed for: its consultation, a late cancellation, or a missed visit. */
export const InvoiceKind = enumOf(INVOICE_KINDS);
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
registerEnumType(InvoiceKind, { name: 'InvoiceKind', description: 'What a visit is billed for' });

export const InvoiceStatus = enumOf(INVOICE_STATUSES);
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'PENDING until paid or voided; a paid invoice is refunded when its visit is cancelled in time',
});
