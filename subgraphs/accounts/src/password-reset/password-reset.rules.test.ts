import { describe, expect, it } from 'vitest';
import { acceptsPasswordReset, resetExpiresAt, resetSpendable } from './password-reset.rules.js';

describe('resetSpendable', () => {
  const issued = new Date('2026-12-04T10:00:00Z');
  const expiresAt = resetExpiresAt(issued);

  it('expires an hour after it is issued', () => {
    expect(expiresAt).toEqual(new Date('2026-12-04T11:00:00Z'));
  });

  it('is spendable once, within its hour', () => {
    expect(resetSpendable({ usedAt: null, expiresAt }, new Date('2026-12-04T10:59:59Z'))).toBe(true);
    expect(resetSpendable({ usedAt: null, expiresAt }, new Date('2026-12-04T11:00:00Z'))).toBe(false);
    expect(resetSpendable({ usedAt: issued, expiresAt }, new Date('2026-12-04T10:01:00Z'))).toBe(false);
  });
});

describe('acceptsPasswordReset', () => {
  it('is for an active account only', () => {
    expect(acceptsPasswordReset({ active: true })).toBe(true);
    expect(acceptsPasswordReset({ active: false })).toBe(false);
    expect(acceptsPasswordReset(null)).toBe(false);
  });
});
