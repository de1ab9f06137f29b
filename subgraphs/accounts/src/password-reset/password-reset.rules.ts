/** How long an issued password reset may be spent (docs/rules.md#accounts). */
export const PASSWORD_RESET_VALID_MS = 60 * 60_000;

/** When a reset issued at `issuedAt` stops being spendable. */
export const resetExpiresAt = (issuedAt: Date): Date => new Date(issuedAt.getTime() + PASSWORD_RESET_VALID_MS);

/** Whether a password reset can still be spent at `now`: never used, and within its hour. */
export function resetSpendable(reset: { usedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return reset.usedAt === null && now.getTime() < reset.expiresAt.getTime();
}

/**
 * A password reset is issued for, and spent on, an active account only: a deactivated
 * user must not get back in by a reset issued before, or while, they were deactivated.
 */
export const acceptsPasswordReset = (account: { active: boolean } | null): boolean => account?.active === true;
