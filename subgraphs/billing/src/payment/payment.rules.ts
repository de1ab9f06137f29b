import { createHash } from 'node:crypto';
import { BadUserInputError, ConflictError, formatDecimal, type Cents } from '@hospital/kit';
import type { PaymentMethod } from './payment-method.js';

export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

/** What a payment request asks for, apart from its key: a retry asks for exactly this again. */
export interface PaymentRequest {
  invoiceId: string;
  amountCents: Cents;
  method: PaymentMethod;
}

/** A fixed-length digest of the request, stored beside its idempotency key. */
export function paymentFingerprint({ invoiceId, amountCents, method }: PaymentRequest): string {
  return createHash('sha256').update(`${invoiceId}\n${amountCents}\n${method}`).digest('hex');
}

/**
 * A payment settles the whole invoice: anything but its total is BAD_USER_INPUT
 * (a negative amount is refused with the input, before this).
 */
export function checkAmountDue(amountCents: Cents, totalCents: Cents): void {
  if (amountCents !== totalCents) {
    throw BadUserInputError.field('amount', `must be the invoice's total, ${formatDecimal(totalCents)}`);
  }
}

/**
 * A payment attempt was refused (`refusal`); what the idempotency key says of it.
 * The key already paid for this very request: that payment is the answer, as
 * if this were the first try. It paid for another request: CONFLICT. Nobody
 * has used it: the refusal stands.
 */
export function replayOf<P extends { fingerprint: string }>(
  earlier: P | null,
  fingerprint: string,
  refusal: unknown,
): P {
  if (!earlier) throw refusal;
  if (earlier.fingerprint !== fingerprint) {
    throw new ConflictError('This idempotency key was used for another payment', { field: 'idempotencyKey' });
  }
  return earlier;
}

/** Crockford's base 32: no I, L, O or U, so a reference read out over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `PAY-` and one letter or digit per random byte (5 bits each, unbiased: 256 is a multiple of 32). */
export function paymentReference(random: Uint8Array): string {
  return `PAY-${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join('')}`;
}
