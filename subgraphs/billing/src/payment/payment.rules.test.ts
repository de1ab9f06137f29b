import {
  BadUserInputError,
  BusinessRuleViolation,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { PaymentMethod } from './payment.enums.js';
import { checkAmountDue, paymentFailureOf, paymentFingerprint, paymentReference, replayOf } from './payment.rules.js';

const request = { invoiceId: 'invoice-1', amountCents: 1_103, method: PaymentMethod.CARD };

describe('paymentFingerprint', () => {
  it('is the same for the same request', () => {
    expect(paymentFingerprint({ ...request })).toBe(paymentFingerprint(request));
    expect(paymentFingerprint(request)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['another invoice', { invoiceId: 'invoice-2' }],
    ['another amount', { amountCents: 1_104 }],
    ['another method', { method: PaymentMethod.CASH }],
  ])('differs for %s', (_what, change) => {
    expect(paymentFingerprint({ ...request, ...change })).not.toBe(paymentFingerprint(request));
  });

  it('cannot be confused by where one field ends and the next begins', () => {
    expect(paymentFingerprint({ ...request, invoiceId: 'invoice-11', amountCents: 3 })).not.toBe(
      paymentFingerprint({ ...request, invoiceId: 'invoice-1', amountCents: 13 }),
    );
  });
});

describe('checkAmountDue', () => {
  it('accepts exactly the total', () => expect(() => checkAmountDue(1_103, 1_103)).not.toThrow());

  it.each([1_102, 1_104, 0])('refuses %i cents for a total of 11.03 as BAD_USER_INPUT', (amount) => {
    expect(() => checkAmountDue(amount, 1_103)).toThrow(BadUserInputError);
    expect(() => checkAmountDue(amount, 1_103)).toThrow("amount: must be the invoice's total, 11.03");
  });
});

describe('replayOf', () => {
  const refusal = new Error('the attempt was refused');
  const fingerprint = paymentFingerprint(request);

  it('answers a retry of the same request with the payment the key made', () => {
    const earlier = { id: 'payment-1', fingerprint };
    expect(replayOf(earlier, fingerprint, refusal)).toBe(earlier);
  });

  it('refuses the key for another request with CONFLICT', () => {
    const earlier = { id: 'payment-1', fingerprint: paymentFingerprint({ ...request, method: PaymentMethod.CASH }) };
    expect(() => replayOf(earlier, fingerprint, refusal)).toThrow(ConflictError);
  });

  it('lets the refusal stand when the key made nothing', () => {
    expect(() => replayOf(null, fingerprint, refusal)).toThrow(refusal);
  });
});

describe('paymentReference', () => {
  it('spells each byte as one letter or digit a person cannot misread', () => {
    const reference = paymentReference(Uint8Array.from([0, 1, 10, 31, 32, 255, 200, 17, 18, 23]));
    expect(reference).toBe('PAY-01AZ0Z8HJQ');
    expect(reference).not.toMatch(/[ILOU]/);
  });
});

describe('paymentFailureOf', () => {
  const amountRefusal = (() => {
    try {
      checkAmountDue(1_000, 1_103);
    } catch (error) {
      return error;
    }
    throw new Error('checkAmountDue accepted a wrong amount');
  })();

  it.each([
    ['amount_mismatch', amountRefusal],
    ['not_pending', new BusinessRuleViolation('INVALID_TRANSITION', 'A PAID invoice cannot be paid')],
    ['idempotency_conflict', new ConflictError('This idempotency key was used for another payment')],
    ['forbidden', new ForbiddenError()],
    ['not_found', new NotFoundError('Invoice', '7b0c1c44-6f2e-4a55-9c8e-0d7f1f0e2a11')],
    ['unauthenticated', new UnauthenticatedError()],
    ['bad_input', BadUserInputError.field('method', 'unknown')],
    ['unavailable', new ServiceUnavailableError('billing', 'database away')],
    ['error', new BusinessRuleViolation('SOMETHING_NEW', 'a rule added later')],
    ['error', new Error('ER_LOCK_WAIT_TIMEOUT')],
  ])('%s', (reason, error) => expect(paymentFailureOf(error)).toBe(reason));
});
