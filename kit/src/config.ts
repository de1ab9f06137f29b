import { z } from 'zod';
import { DEFAULT_EVENT_STREAM, DEFAULT_STREAM_RETENTION_HOURS } from './events/redis.bus.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './limits/document.js';

/**
 * Thrown when the environment does not describe a runnable process. The message
 * lists every problem at once, so an operator fixes them in one pass instead of
 * restarting once per missing variable.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type RawConfig = Record<string, string | undefined>;

/**
 * Validates `env` against `shape` once; fails with a readable list of what is
 * wrong: each variable's format, and what `rules` find missing among the raw
 * values (what production cannot do without, say).
 */
export function parseConfig<T extends z.ZodRawShape>(
  shape: T,
  env: NodeJS.ProcessEnv = process.env,
  rules: (raw: RawConfig) => string[] = () => [],
): z.infer<z.ZodObject<T>> {
  const raw: RawConfig = {};
  for (const key of Object.keys(shape)) raw[key] = env[key]?.trim() || undefined;
  const result = z.object(shape).safeParse(raw);
  const problems = [
    ...(result.error?.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) ?? []),
    ...rules(raw),
  ];
  if (problems.length || !result.success) throw new ConfigError(problems);
  return result.data;
}

const PRODUCTION = 'production';

export const nodeEnv = z.enum(['development', 'test', PRODUCTION]).default('development');
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
/**
 * The address a service listens on: only this machine unless told otherwise, so
 * that nothing but the gateway is reachable from outside by accident (compose
 * and Kubernetes set 0.0.0.0 and keep subgraphs behind their own network rules).
 */
export const listenHost = z.string().default('127.0.0.1');
const count = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);
export const url = z.url();
/** Another subgraph's GraphQL endpoint, for an internal call: on this machine at `port` unless set. */
export const subgraphUrl = (port: number) => url.default(`http://127.0.0.1:${port}/graphql`);
/** How long an internal call to another subgraph may take, in milliseconds: 100 to 60,000. */
export const callTimeoutMs = (fallback = 3_000) => z.coerce.number().int().min(100).max(60_000).default(fallback);
export const mysqlUrl = z
  .url()
  .refine((value) => /^mysql:\/\//.test(value), 'must be a mysql:// URL (mysql://user:password@host:3306/database)');
export const ianaTimeZone = z
  .string()
  .default('Europe/Kyiv')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone name such as Europe/Kyiv');

const jwtSecret = z.string().min(32, 'must be at least 32 characters').optional();

/** The variables every process reads. */
export const commonShape = {
  NODE_ENV: nodeEnv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),
  JWT_SECRET: jwtSecret,
  /** The secret JWT_SECRET replaces, still accepted while the tokens signed with it live (see auth.ts). */
  JWT_PREVIOUS_SECRET: jwtSecret,
  JWT_JWKS_URL: url.optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  REDIS_URL: z
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// URL')
    .optional(),
  CLINIC_TIMEZONE: ianaTimeZone,
  CLOCK_OFFSET_MINUTES: z.coerce.number().int().default(0),
  /**
   * `off` makes a replica serve requests only: no outbox relay, no event consumers,
   * no dispatcher or sweeps. What it writes to its outbox the other replicas publish.
   */
  BACKGROUND_WORK: z
    .enum(['on', 'off'])
    .default('on')
    .transform((value) => value === 'on'),
  EVENT_STREAM: z.string().default(DEFAULT_EVENT_STREAM),
  EVENT_STREAM_RETENTION_HOURS: count(DEFAULT_STREAM_RETENTION_HOURS),
  /** Log every SQL statement with its request id (see query-log.ts); SIGUSR2 flips it in a running process. */
  SQL_LOG: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  MAX_QUERY_TOKENS: count(DEFAULT_DOCUMENT_LIMITS.tokens, 100),
  MAX_QUERY_ALIASES: count(DEFAULT_DOCUMENT_LIMITS.aliases, 0),
  MAX_QUERY_DIRECTIVES: count(DEFAULT_DOCUMENT_LIMITS.directives, 0),
  MAX_QUERY_DEPTH: count(DEFAULT_DOCUMENT_LIMITS.depth, 2),
};

export type CommonConfig = z.infer<z.ZodObject<typeof commonShape>>;

/** The document limits of the front door, the same on the gateway and on each subgraph's own port. */
export function documentLimitsOf(parsed: CommonConfig): DocumentLimits {
  return {
    tokens: parsed.MAX_QUERY_TOKENS,
    aliases: parsed.MAX_QUERY_ALIASES,
    directives: parsed.MAX_QUERY_DIRECTIVES,
    depth: parsed.MAX_QUERY_DEPTH,
  };
}

export function isProduction(config: { NODE_ENV?: string | undefined }): boolean {
  return config.NODE_ENV === PRODUCTION;
}

/** What production cannot do without among the common variables, and what goes together. */
export function commonProblems(raw: RawConfig): string[] {
  const problems: string[] = [];
  if (isProduction(raw)) {
    if (!raw['JWT_SECRET'] && !raw['JWT_JWKS_URL']) problems.push('JWT_SECRET or JWT_JWKS_URL: required in production');
    if (!raw['REDIS_URL']) problems.push('REDIS_URL: required in production');
  }
  if (raw['JWT_JWKS_URL'] && !raw['JWT_ISSUER']) problems.push('JWT_ISSUER: required with JWT_JWKS_URL');
  const previous = raw['JWT_PREVIOUS_SECRET'];
  if (previous && !raw['JWT_SECRET']) {
    problems.push('JWT_PREVIOUS_SECRET: needs JWT_SECRET, the new secret that tokens are signed with from now on');
  } else if (previous && previous === raw['JWT_SECRET']) {
    problems.push('JWT_PREVIOUS_SECRET: must differ from JWT_SECRET; it is the old secret being replaced');
  }
  return problems;
}
