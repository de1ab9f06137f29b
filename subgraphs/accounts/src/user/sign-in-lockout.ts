import { createHash } from 'node:crypto';
import { normalizeEmail, type RateLimitStore } from '@hospital/kit';
import { lockedOutMessage, lockoutLimit, type LockoutSettings } from './user.rules.js';

/**
 * The sign-in lockout of user.rules.ts, counted in the rate-limit store so that every
 * replica shares it; a locked account's attempts are RATE_LIMITED. An attempt is counted
 * before its password is checked, so that attempts sent at once cannot all be checked
 * before the count catches up, and a success clears the count. It is keyed by the e-mail asked for, whether an account has it or
 * not, so a lock tells nothing about who has an account; the key is a hash of
 * the e-mail, so Redis holds no addresses.
 */
export class SignInLockout {
  private readonly limit;

  constructor(store: RateLimitStore, settings: LockoutSettings) {
    this.limit = store.limit('sign-in', lockoutLimit(settings), lockedOutMessage);
  }

  attempt(email: string): Promise<void> {
    return this.limit.consume(keyOf(email));
  }

  succeeded(email: string): Promise<void> {
    return this.limit.reset(keyOf(email));
  }
}

const keyOf = (email: string) => createHash('sha256').update(normalizeEmail(email)).digest('base64url');
