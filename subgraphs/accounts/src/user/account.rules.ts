import { Role } from '@hospital/kit';

/** What an account is, as far as the administrators' rules go. */
export interface AccountState {
  role: Role;
  active: boolean;
}

/** How long an issued password reset may be spent (docs/rules.md#accounts). */
export const PASSWORD_RESET_VALID_MS = 60 * 60_000;

/** The longest reason a deactivation may give. */
export const DEACTIVATION_REASON_MAX_LENGTH = 500;

const isActiveAdmin = (account: AccountState) => account.active && account.role === Role.ADMIN;

/**
 * Whether changing `before` into `after` would leave the hospital with no active
 * ADMIN, given how many there are now (`activeAdmins`, `before` among them if it
 * is one): nobody could then administer accounts.
 */
export function removesLastAdmin(before: AccountState, after: AccountState, activeAdmins: number): boolean {
  return isActiveAdmin(before) && !isActiveAdmin(after) && activeAdmins <= 1;
}

/** Whether a password reset can still be spent at `now`: never used, and within its hour. */
export function resetSpendable(reset: { usedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return reset.usedAt === null && now.getTime() < reset.expiresAt.getTime();
}
