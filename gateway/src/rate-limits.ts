import type { IncomingMessage } from 'node:http';
import {
  createRateLimitStore,
  ErrorCode,
  RateLimitedError,
  type Logger,
  type RateLimit,
  type Viewer,
} from '@hospital/kit';
import type { RequestHandler } from 'express';
import proxyAddr from 'proxy-addr';

/** Requests per minute; 0 turns a limit off. */
export interface RateLimitSettings {
  perAddress: number;
  perUser: number;
  /** signIn, signUp, changePassword, resetPassword per address: what password guessing across accounts needs. */
  credentialsPerAddress: number;
  /** TRUST_PROXY, in proxy-addr's words: which hops may say who the client is in X-Forwarded-For. */
  trustProxy: string;
}

export interface GatewayRateLimits {
  /**
   * Express middleware, before the body is read: the address's budget and, for a
   * caller whose token `userOf` accepts, the user's own, whatever address they come
   * from — both asked of the store at once, so a request waits for one round trip.
   */
  perRequest(userOf: (authorization: string | undefined) => Promise<Viewer | null>): RequestHandler;
  /** The address's budget for a websocket's upgrade request: refused with 429 before the socket opens. */
  admitUpgrade(request: IncomingMessage): Promise<RateLimitedError | undefined>;
  credentials(address: string): Promise<void>;
  clientAddress(request: IncomingMessage): string;
  close(): Promise<void>;
}

const MINUTE = 60;

/** `TRUST_PROXY`: a hop count, or proxy-addr's names and subnets (`loopback`, `10.0.0.0/8`); empty trusts none. */
function trustOf(setting: string): (address: string, hop: number) => boolean {
  const trimmed = setting.trim();
  if (!trimmed || trimmed === 'false') return () => false;
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(trimmed.split(',').map((part) => part.trim()));
}

/**
 * The gateway's rate limits (docs/rules.md#limits: a request budget per client address, and
 * per user), counted in Redis when REDIS_URL is set, so that every replica
 * shares them, or in memory otherwise. A refusal is RATE_LIMITED with
 * `retryAfterSeconds`, HTTP 429 with Retry-After.
 */
export function createGatewayRateLimits(
  settings: RateLimitSettings,
  redisUrl: string | undefined,
  prefix: string,
  logger: Logger,
): GatewayRateLimits {
  const store = createRateLimitStore(redisUrl, prefix, logger, 'gateway');
  const trust = trustOf(settings.trustProxy);
  const clientAddress = (request: IncomingMessage) => proxyAddr(request, trust);
  const address = store.limit(
    'address',
    { points: settings.perAddress, windowSeconds: MINUTE },
    (seconds) => `Too many requests from this address; try again in ${seconds} s`,
  );
  const user = store.limit(
    'user',
    { points: settings.perUser, windowSeconds: MINUTE },
    (seconds) => `Too many requests for this account; try again in ${seconds} s`,
  );
  const credentials = store.limit(
    'credentials',
    { points: settings.credentialsPerAddress, windowSeconds: MINUTE },
    (seconds) => `Too many sign-in attempts from this address; try again in ${seconds} s`,
  );
  const refusalOf = async (limit: RateLimit, key: string) => {
    try {
      await limit.consume(key);
      return undefined;
    } catch (error) {
      if (error instanceof RateLimitedError) return error;
      throw error;
    }
  };

  return {
    perRequest: (userOf) => (req, res, next) => {
      const refusals = Promise.all([
        refusalOf(address, clientAddress(req)),
        userOf(req.header('authorization')).then(
          (viewer) => (viewer ? refusalOf(user, viewer.id) : undefined),
          // A bad token is the context's to refuse, with its own answer.
          () => undefined,
        ),
      ]);
      refusals.then(([byAddress, byUser]) => {
        const refusal = byAddress ?? byUser;
        if (!refusal) return next();
        const { message, extensions } = refusal;
        res
          .status(429)
          .set('retry-after', String(extensions['retryAfterSeconds']))
          .json({
            errors: [
              {
                message,
                extensions: {
                  code: ErrorCode.RATE_LIMITED,
                  limit: extensions['limit'],
                  retryAfterSeconds: extensions['retryAfterSeconds'],
                },
              },
            ],
          });
      }, next);
    },
    admitUpgrade: (request) => refusalOf(address, clientAddress(request)),
    credentials: (from) => credentials.consume(from),
    clientAddress,
    close: () => store.close(),
  };
}
