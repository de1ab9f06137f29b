import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors.js';
import type { Logger } from '../logger.js';
import { serviceMetrics, type ServiceCounter } from '../metrics/registry.js';

/** So many points per window; `blockSeconds` holds a key refused for longer than the window's rest. */
export interface RateBudget {
  points: number;
  windowSeconds: number;
  blockSeconds?: number;
}

export interface RateLimit {
  /** Takes a point for `key`; throws RateLimitedError (with when to try again) when none is left. */
  consume(key: string): Promise<void>;
  /** Forgets `key`'s count (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
}

/** Where the counters live: Redis, shared by every replica, or this process's memory. */
export interface RateLimitStore {
  limit(name: string, budget: RateBudget, message: (retryAfterSeconds: number) => string): RateLimit;
  close(): Promise<void>;
}

/** A limit that never refuses: a budget of 0 turns a limit off. */
const UNLIMITED: RateLimit = { consume: async () => {}, reset: async () => {} };

function limitOf(
  limiter: RateLimiterMemory | RateLimiterRedis,
  name: string,
  message: (retryAfterSeconds: number) => string,
  refusals: ServiceCounter<'limit'>,
): RateLimit {
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        refusals.inc({ limit: name });
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw new RateLimitedError(message(seconds), refusal.msBeforeNext, { limit: name });
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

const optionsOf = (prefix: string, name: string, budget: RateBudget) => ({
  keyPrefix: `${prefix}:rate:${name}`,
  points: budget.points,
  duration: budget.windowSeconds,
  blockDuration: budget.blockSeconds ?? 0,
});

/**
 * Counters for rate limits and the sign-in lockout (rate-limiter-flexible). With
 * Redis they are shared by every replica, under `prefix` (the deployment's event
 * stream name, so that two stacks on one Redis count apart); while Redis cannot
 * be reached each process counts in its own memory instead (the insurance
 * limiter), so the limits hold, per replica, through an outage. Each refusal is
 * counted in `rate_limit_refusals_total` by the limit's name, a constant of
 * `service`'s code.
 */
export function createRateLimitStore(
  redisUrl: string | undefined,
  prefix: string,
  logger: Logger,
  service: string,
): RateLimitStore {
  const refusals = serviceMetrics(service).counter(
    'rate_limit_refusals_total',
    'Requests and attempts refused by a rate limit or the sign-in lockout, by the limit',
    ['limit'],
  );
  // Auto-pipelining sends the commands of one turn of the event loop in one write: a
  // request asks for two budgets at once, and concurrent requests share writes too.
  const redis = redisUrl
    ? new Redis(redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: 1_000,
        enableAutoPipelining: true,
      })
    : undefined;
  redis?.on('error', (error: Error) => logger.warn({ err: error }, 'rate limit store unreachable; counting in memory'));
  return {
    limit(name, budget, message) {
      if (budget.points <= 0) return UNLIMITED;
      const options = optionsOf(prefix, name, budget);
      const memory = new RateLimiterMemory(options);
      const limiter = redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
      return limitOf(limiter, name, message, refusals);
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
