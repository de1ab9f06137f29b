import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleType,
  retry,
  type CircuitBreakerPolicy,
  type IPolicy,
  type RetryPolicy,
} from 'cockatiel';
import { ServiceUnavailableError } from './errors.js';

/** A try that may pass if made again: the other side was unreachable, too slow, or failing as a whole. */
export class UnavailableError extends Error {}

/** Consecutive failed calls that open a breaker, and how long it stays open before one call may try. */
const BREAKER_FAILURES = 5;
const BREAKER_OPEN_MS = 5_000;

/**
 * A circuit breaker for one service (cockatiel): after 5 unavailable answers in a
 * row it fails the next calls at once for 5 s instead of letting each wait for its
 * deadline, then lets one through to see. Made once per service and process, so
 * that every request shares what it has learned.
 */
export const serviceBreaker = (): CircuitBreakerPolicy =>
  circuitBreaker(handleType(UnavailableError), {
    halfOpenAfter: BREAKER_OPEN_MS,
    breaker: new ConsecutiveBreaker(BREAKER_FAILURES),
  });

/** Two more tries, 50 ms then up to 400 ms apart: for reads, which are safe to ask again. */
export const readRetries = (): RetryPolicy =>
  retry(handleType(UnavailableError), {
    maxAttempts: 2,
    backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 400 }),
  });

/** Runs `work` through `policy`; what is still unavailable, or meets an open breaker, is SERVICE_UNAVAILABLE naming `service`. */
export async function guarded<T>(service: string, policy: IPolicy, work: () => Promise<T>): Promise<T> {
  try {
    return await policy.execute(work);
  } catch (error) {
    if (error instanceof BrokenCircuitError) {
      throw new ServiceUnavailableError(service, 'circuit open after repeated failures', {
        cause: error,
        retryAfterMs: BREAKER_OPEN_MS,
      });
    }
    if (error instanceof UnavailableError) throw new ServiceUnavailableError(service, error.message, { cause: error });
    throw error;
  }
}
