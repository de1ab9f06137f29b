import type { InvoiceKind, PaymentMethod } from '@hospital/client';
import { centsOf, fromCents } from '../../ui/money.js';

/** What an invoice bills, in the patient's words. */
export const INVOICE_KINDS: Record<InvoiceKind, string> = {
  CONSULTATION: 'Consultation',
  CANCELLATION_FEE: 'Late cancellation fee',
  NO_SHOW_FEE: 'Missed visit fee',
};

/** Every way the API takes a payment, in the order the select offers them. */
export const PAYMENT_METHODS: readonly { value: PaymentMethod; label: string }[] = [
  { value: 'CARD', label: 'Card' },
  { value: 'BANK_TRANSFER', label: 'Bank transfer' },
  { value: 'INSURANCE', label: 'Insurance' },
  { value: 'CASH', label: 'Cash' },
];

export const methodLabel = (method: PaymentMethod): string =>
  PAYMENT_METHODS.find((entry) => entry.value === method)?.label ?? method;

/** What is still to pay: the total less what was paid already (the API takes exactly this, nothing else). */
export function outstanding(total: string, payments: readonly { amount: string }[]): string {
  const paid = payments.reduce((sum, payment) => sum + centsOf(payment.amount), 0n);
  const due = centsOf(total) - paid;
  return fromCents(due > 0n ? due : 0n);
}

export interface PaymentInput {
  invoiceId: string;
  amount: string;
  method: PaymentMethod;
}

export interface PaymentAttempt extends PaymentInput {
  idempotencyKey: string;
}

/**
 * The attempt a click on "Pay" sends. Sending the same input again (a double click, a retry after
 * a timeout or a dropped connection) is the same attempt with the same key, which the API answers
 * with the first payment instead of charging twice; other input is a new attempt with a new key
 * (the same key with other input would be a CONFLICT).
 */
export function attemptFor(
  previous: PaymentAttempt | null,
  input: PaymentInput,
  newKey: () => string = () => crypto.randomUUID(),
): PaymentAttempt {
  if (
    previous &&
    previous.invoiceId === input.invoiceId &&
    previous.amount === input.amount &&
    previous.method === input.method
  ) {
    return previous;
  }
  return { ...input, idempotencyKey: newKey() };
}
