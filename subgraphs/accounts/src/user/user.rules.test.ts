import { ForbiddenError, Role, UnauthenticatedError, type Viewer } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import {
  changesAccount,
  lockedOutMessage,
  lockoutLimit,
  removesLastAdmin,
  requireAccountAdmin,
  signInAccepted,
} from './user.rules.js';

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

describe('requireAccountAdmin', () => {
  const viewer = (role: Role): Viewer => ({ id: 'u1', role, scopes: [], expiresAt: 0, sessionVersion: 0 });

  it('lets an administrator through', () => {
    expect(requireAccountAdmin(viewer(Role.ADMIN)).role).toBe(Role.ADMIN);
  });

  it('refuses every other role, and nobody signed in', () => {
    for (const role of [Role.PATIENT, Role.DOCTOR, Role.STAFF, Role.STAKEHOLDER]) {
      expect(() => requireAccountAdmin(viewer(role))).toThrow(ForbiddenError);
    }
    expect(() => requireAccountAdmin(null)).toThrow(UnauthenticatedError);
  });
});

describe('signInAccepted', () => {
  it('lets in an active account with the right password', () => {
    expect(signInAccepted({ active: true }, true)).toBe(true);
  });

  it('refuses a wrong password, an unknown e-mail and a deactivated account alike', () => {
    expect(signInAccepted({ active: true }, false)).toBe(false);
    expect(signInAccepted(null, true)).toBe(false);
    expect(signInAccepted({ active: false }, true)).toBe(false);
  });
});

describe('changesAccount', () => {
  it('sees a new role or a new state', () => {
    expect(changesAccount(admin, { role: Role.STAFF })).toBe(true);
    expect(changesAccount(admin, { active: false })).toBe(true);
    expect(changesAccount({ role: Role.STAFF, active: false }, { active: true })).toBe(true);
  });

  it('sees nothing in a role the account has, or a state it is in', () => {
    expect(changesAccount(admin, { role: Role.ADMIN })).toBe(false);
    expect(changesAccount(admin, { active: true })).toBe(false);
    expect(changesAccount({ role: Role.STAFF, active: false }, { active: false })).toBe(false);
  });
});

describe('the sign-in lockout', () => {
  it('allows the attempts within the window and locks for as long as the window', () => {
    expect(lockoutLimit({ attempts: 5, minutes: 15 })).toEqual({ points: 5, windowSeconds: 900, blockSeconds: 900 });
  });

  it('tells the wait in whole minutes, rounded up', () => {
    expect(lockedOutMessage(900)).toBe('Too many sign-in attempts for this account; try again in 15 min');
    expect(lockedOutMessage(61)).toBe('Too many sign-in attempts for this account; try again in 2 min');
  });
});
