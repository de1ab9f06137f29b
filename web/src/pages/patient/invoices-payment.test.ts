import { describe, expect, it } from 'vitest';
import { attemptFor, methodLabel, outstanding } from './invoices-payment.js';

describe('money in cents', () => {
  it('owes the total less the payments, never less than nothing, without float error', () => {
    expect(outstanding('55.13', [])).toBe('55.13');
    expect(outstanding('0.30', [{ amount: '0.10' }, { amount: '0.10' }])).toBe('0.10');
    expect(outstanding('110.25', [{ amount: '110.25' }])).toBe('0.00');
    expect(outstanding('10.00', [{ amount: '12.00' }])).toBe('0.00');
  });
});

describe('a payment attempt', () => {
  const keys = () => {
    let next = 0;
    return () => `key-${++next}`;
  };
  const input = { invoiceId: 'inv-1', amount: '110.25', method: 'CARD' as const };

  it('gets a key of its own the first time', () => {
    expect(attemptFor(null, input, keys())).toEqual({ ...input, idempotencyKey: 'key-1' });
  });

  it('keeps its key when the same input is sent again: a double click or a retry pays once', () => {
    const newKey = keys();
    const first = attemptFor(null, input, newKey);
    expect(attemptFor(first, { ...input }, newKey)).toBe(first);
    expect(attemptFor(first, { ...input }, newKey).idempotencyKey).toBe('key-1');
  });

  it('is a new attempt with a new key when the method, the amount or the invoice changes', () => {
    const newKey = keys();
    const first = attemptFor(null, input, newKey);
    expect(attemptFor(first, { ...input, method: 'BANK_TRANSFER' }, newKey).idempotencyKey).toBe('key-2');
    expect(attemptFor(first, { ...input, amount: '100.00' }, newKey).idempotencyKey).toBe('key-3');
    expect(attemptFor(first, { ...input, invoiceId: 'inv-2' }, newKey).idempotencyKey).toBe('key-4');
  });

  it('makes UUID keys by default, which the API takes (8 to 128 characters)', () => {
    const { idempotencyKey } = attemptFor(null, input);
    expect(idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the methods for people', () => {
    expect(methodLabel('BANK_TRANSFER')).toBe('Bank transfer');
  });
});
