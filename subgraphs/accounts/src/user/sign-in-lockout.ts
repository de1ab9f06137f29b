import { createHash } from 'node:crypto';
import { normalizeEmail, type RateLimitStore } from '@hospital/kit';

export interface LockoutSettings {
  /** Attempts an account may have within the window; the next one locks it. */
  attempts: number;
  /** The window, and how long a locked account stays locked. */
  minutes: number;
}

/**
 * docs/rules.md#limits: after 5 failed attempts for one account within 15 minutes, further
 * attempts are RATE_LIMITED for 15 minutes, whether the password is right or not.
 * An attempt is counted before its password is checked, so that attempts sent at
 * once cannot all be checked before the count catches up, and a success clears
 * the count. It is keyed by the e-mail asked for, whether an account has it or
 * not, so a lock tells nothing about who has an account; the key is a hash of
 * the e-mail, so Redis holds no addresses.
 */
export class SignInLockout {
  private readonly limit;

  constructor(store: RateLimitStore, settings: LockoutSettings) {
    const seconds = settings.minutes * 60;
    this.limit = store.limit(
      'sign-in',
      { points: settings.attempts, windowSeconds: seconds, blockSeconds: seconds },
      (retryAfter) => `Too many sign-in attempts for this account; try again in ${Math.ceil(retryAfter / 60)} min`,
    );
  }

  attempt(email: string): Promise<void> {
    return this.limit.consume(keyOf(email));
  }

  succeeded(email: string): Promise<void> {
    return this.limit.reset(keyOf(email));
  }
}

const keyOf = (email: string) => createHash('sha256').update(normalizeEmail(email)).digest('base64url');
