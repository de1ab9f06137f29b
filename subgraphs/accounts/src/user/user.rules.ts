import { requireRole, Role, type Viewer } from '@hospital/kit';

/** What an account is, as far as the administrators' rules go. */
export interface AccountState {
  role: Role;
  active: boolean;
}

export const PASSWORD_MIN_LENGTH = 10;
/** The longest e-mail address there can be (RFC 5321's path limit), as the users table holds it. */
export const EMAIL_MAX_LENGTH = 254;
/** argon2 takes any length; a cap stops a megabyte "password" from costing a megabyte of hashing. */
export const PASSWORD_MAX_LENGTH = 256;

/** The longest reason a deactivation may give. */
export const DEACTIVATION_REASON_MAX_LENGTH = 500;

/** Signing up opens a patient's account; every other role's is opened by an administrator. */
export const SIGN_UP_ROLE = Role.PATIENT;

/**
 * Accounts are administered by ADMIN alone (docs/rules.md#accounts): listing them, opening
 * staff accounts, changing roles, deactivating, reactivating and issuing password resets.
 */
export const requireAccountAdmin = (viewer: Viewer | null): Viewer => requireRole(viewer, Role.ADMIN);

/**
 * Whether a sign-in is let in: the account exists, the password matches, and the account
 * is active. A deactivated account is refused like a wrong password, so the answer says
 * nothing of who has an account.
 */
export const signInAccepted = <Account extends { active: boolean }>(
  account: Account | null,
  passwordMatches: boolean,
): account is Account => account !== null && passwordMatches && account.active;

/**
 * Whether `change` makes any difference to `account`: an administrator's change that makes
 * none (a role it already has, deactivating an inactive account, reactivating an active
 * one) leaves the account as it is, sessions and the first deactivation reason included.
 */
export const changesAccount = (account: AccountState, change: Partial<AccountState>): boolean =>
  (change.role !== undefined && change.role !== account.role) ||
  (change.active !== undefined && change.active !== account.active);

const isActiveAdmin = (account: AccountState) => account.active && account.role === Role.ADMIN;

/**
 * Whether changing `before` into `after` would leave the hospital with no active
 * ADMIN, given how many there are now (`activeAdmins`, `before` among them if it
 * is one): nobody could then administer accounts.
 */
export function removesLastAdmin(before: AccountState, after: AccountState, activeAdmins: number): boolean {
  return isActiveAdmin(before) && !isActiveAdmin(after) && activeAdmins <= 1;
}

/** How many sign-in attempts, and over how long, before an account is locked. */
export interface LockoutSettings {
  /** Attempts an account may have within the window; the next one locks it. */
  attempts: number;
  /** The window, and how long a locked account stays locked. */
  minutes: number;
}

/**
 * docs/rules.md#limits: after `attempts` failed attempts for one account within `minutes`
 * (5 within 15 by default), further attempts are refused for `minutes`, whether the
 * password is right or not.
 */
export const lockoutLimit = (settings: LockoutSettings) => {
  const seconds = settings.minutes * 60;
  return { points: settings.attempts, windowSeconds: seconds, blockSeconds: seconds };
};

/** What a locked account is told: the wait, in whole minutes rounded up. */
export const lockedOutMessage = (retryAfterSeconds: number): string =>
  `Too many sign-in attempts for this account; try again in ${Math.ceil(retryAfterSeconds / 60)} min`;
