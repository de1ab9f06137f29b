import { Role } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { PASSWORD_RESET_VALID_MS, removesLastAdmin, resetSpendable } from './account.rules.js';

const admin = { role: Role.ADMIN, active: true };

describe('removesLastAdmin', () => {
  it('refuses to demote or deactivate the only active administrator', () => {
    expect(removesLastAdmin(admin, { role: Role.STAFF, active: true }, 1)).toBe(true);
    expect(removesLastAdmin(admin, { role: Role.ADMIN, active: false }, 1)).toBe(true);
  });

  it('lets one of several administrators go', () => {
    expect(removesLastAdmin(admin, { role: Role.STAFF, active: true }, 2)).toBe(false);
    expect(removesLastAdmin(admin, { role: Role.ADMIN, active: false }, 2)).toBe(false);
  });

  it('concerns only an active administrator who stops being one', () => {
    expect(removesLastAdmin(admin, admin, 1)).toBe(false);
    expect(removesLastAdmin({ role: Role.ADMIN, active: false }, { role: Role.STAFF, active: false }, 0)).toBe(false);
    expect(removesLastAdmin({ role: Role.DOCTOR, active: true }, { role: Role.DOCTOR, active: false }, 1)).toBe(false);
  });
});

describe('resetSpendable', () => {
  const issued = new Date('2026-12-04T10:00:00Z');
  const expiresAt = new Date(issued.getTime() + PASSWORD_RESET_VALID_MS);

  it('is spendable once, within its hour', () => {
    expect(resetSpendable({ usedAt: null, expiresAt }, new Date('2026-12-04T10:59:59Z'))).toBe(true);
    expect(resetSpendable({ usedAt: null, expiresAt }, new Date('2026-12-04T11:00:00Z'))).toBe(false);
    expect(resetSpendable({ usedAt: issued, expiresAt }, new Date('2026-12-04T10:01:00Z'))).toBe(false);
  });
});
