import { registerEnumType } from 'type-graphql';

/** What a visit is billed for: its consultation, a late cancellation, or a missed visit. */
export enum InvoiceKind {
  CONSULTATION = 'CONSULTATION',
  CANCELLATION_FEE = 'CANCELLATION_FEE',
  NO_SHOW_FEE = 'NO_SHOW_FEE',
}
registerEnumType(InvoiceKind, { name: 'InvoiceKind', description: 'What a visit is billed for' });

export enum InvoiceStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  VOID = 'VOID',
  REFUNDED = 'REFUNDED',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'PENDING until paid or voided; a paid invoice is refunded when its visit is cancelled in time',
});
