import { RateLimitedError } from '@hospital/kit';
import { hash, verify } from '@node-rs/argon2';
import { bulkhead, BulkheadRejectedError } from 'cockatiel';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Compared against when no account has the e-mail, so that a wrong e-mail takes
   * as long as a wrong password and sign-in does not reveal who has an account.
   */
  decoy(): Promise<string>;
}

/** How many hashes run at once, and how many may wait for a turn. */
export interface HashingLimits {
  concurrency: number;
  queue: number;
}

/**
 * argon2 costs tens of milliseconds of a core on purpose. At most `concurrency`
 * hashes run at once (cockatiel's bulkhead) and at most `queue` wait: a flood of
 * sign-ins is refused with RATE_LIMITED at once instead of queueing without end
 * in front of everyone else's, and the process keeps cores for other requests.
 */
export function createPasswordHasher(limits: HashingLimits): PasswordHasher {
  const turns = bulkhead(limits.concurrency, limits.queue);
  const inTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await turns.execute(work);
    } catch (error) {
      if (error instanceof BulkheadRejectedError) {
        throw new RateLimitedError('Signing in is busy; try again in a moment', 1_000, { limit: 'hashing' });
      }
      throw error;
    }
  };
  let decoy: Promise<string> | undefined;
  const hashPassword = (password: string) => inTurn(() => hash(password, OPTIONS));
  return {
    hash: hashPassword,
    verify: (passwordHash, password) => inTurn(() => verify(passwordHash, password).catch(() => false)),
    decoy: () =>
      (decoy ??= hashPassword('not-a-real-password-at-all').catch((error: unknown) => {
        // Made when there was no turn for it: made on the next sign-in instead.
        decoy = undefined;
        throw error;
      })),
  };
}
