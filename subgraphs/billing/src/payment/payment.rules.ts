import { createHash } from 'node:crypto';
import { BadUserInputError, ConflictError, DomainError, ErrorCode, formatDecimal, type Cents } from '@hospital/kit';
import type { PaymentMethod } from './payment.enums.js';

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

/** Why a payment was refused, as `payments_failed_total` counts it: never anything of the request itself. */
export type PaymentFailure =
  | 'amount_mismatch'
  | 'not_pending'
  | 'idempotency_conflict'
  | 'forbidden'
  | 'not_found'
  | 'unauthenticated'
  | 'bad_input'
  | 'unavailable'
  | 'error';

/**
 * The reason of a refused payment, from the error `pay` threw: its code, and
 * for BAD_USER_INPUT the field (`checkAmountDue` names `amount`) and for a
 * broken rule the rule (an invoice no longer PENDING is INVALID_TRANSITION).
 */
export function paymentFailureOf(error: unknown): PaymentFailure {
  if (!(error instanceof DomainError)) return 'error';
  const { code, rule, fields } = error.extensions as { code?: unknown; rule?: unknown; fields?: { field?: unknown }[] };
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return fields?.some(({ field }) => field === 'amount') ? 'amount_mismatch' : 'bad_input';
    case ErrorCode.BUSINESS_RULE_VIOLATION:
      return rule === 'INVALID_TRANSITION' ? 'not_pending' : 'error';
    case ErrorCode.CONFLICT:
      return 'idempotency_conflict';
    case ErrorCode.FORBIDDEN:
      return 'forbidden';
    case ErrorCode.NOT_FOUND:
      return 'not_found';
    case ErrorCode.UNAUTHENTICATED:
      return 'unauthenticated';
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 'unavailable';
    default:
      return 'error';
  }
}
