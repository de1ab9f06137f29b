import { z } from 'zod';
import type { AuthSettings } from './auth.js';
import {
  commonProblems,
  commonShape,
  documentLimitsOf,
  isProduction,
  listenHost,
  mysqlUrl,
  parseConfig,
  port,
  type CommonConfig,
  type RawConfig,
} from './config.js';
import type { DatabaseOptions } from './database.js';
import type { DocumentLimits } from './limits/document.js';
import { embeddedSecret } from './secrets.js';

/** The token settings; the embedded default makes its HS256 secret once and keeps it under DATA_DIR. */
export function authSettings(parsed: CommonConfig): AuthSettings {
  return {
    secret: parsed.JWT_SECRET ?? (parsed.JWT_JWKS_URL ? undefined : embeddedSecret(parsed.DATA_DIR, 'jwt-secret', 48)),
    previousSecret: parsed.JWT_PREVIOUS_SECRET,
    jwksUrl: parsed.JWT_JWKS_URL,
    issuer: parsed.JWT_ISSUER,
    audience: parsed.JWT_AUDIENCE,
  };
}

export interface SubgraphConfig<Extra> {
  name: string;
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  dataDir: string;
  /** Absent: the embedded SQLite file. */
  databaseUrl: string | undefined;
  /** DATABASE_POOL_SIZE: connections this process may hold to MySQL/MariaDB (unused on SQLite). */
  databasePoolSize: number;
  port: number;
  /** `<NAME>_HOST`: the address it listens on. */
  host: string;
  redisUrl: string | undefined;
  /** The Redis stream durable consumers read. */
  eventStream: string;
  /** How long the stream keeps an event (and how far back an outbox publishes again into an emptied one). */
  eventRetentionHours: number;
  clinicTimeZone: string;
  /** Minutes the clock is shifted by (staging and tests; ignored in production). */
  clockOffsetMinutes: number;
  /** BACKGROUND_WORK: whether this replica relays its outbox, consumes events and runs its workers. */
  backgroundWork: boolean;
  /** SQL_LOG: the statement log starts on. */
  sqlLog: boolean;
  documentLimits: DocumentLimits;
  auth: AuthSettings;
  extra: Extra;
}

/**
 * Reads a subgraph's environment: the common variables, `<NAME>_DATABASE_URL`,
 * `<NAME>_PORT`, `<NAME>_HOST` and the subgraph's own `extraShape`. In production every secret
 * and the database must be given; in the embedded default the JWT secret is made
 * once and kept under DATA_DIR.
 */
export function loadSubgraphConfig<Extra extends z.ZodRawShape = Record<never, never>>(
  name: string,
  defaultPort: number,
  extraShape: Extra = {} as Extra,
  env: NodeJS.ProcessEnv = process.env,
  /** Variables of `extraShape` that the embedded default may do without but production may not. */
  requiredInProduction: { [K in keyof Extra]?: string } = {},
): SubgraphConfig<z.infer<z.ZodObject<Extra>>> {
  const prefix = name.toUpperCase();
  const databaseKey = `${prefix}_DATABASE_URL`;
  const portKey = `${prefix}_PORT`;
  const hostKey = `${prefix}_HOST`;
  const shape = {
    ...commonShape,
    ...extraShape,
    [databaseKey]: mysqlUrl.optional(),
    // Replicas × subgraphs sharing one server × this must stay under its max_connections (151 by default).
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    [portKey]: port(defaultPort),
    [hostKey]: listenHost,
  };
  const rules = (raw: RawConfig) => {
    const problems = commonProblems(raw);
    if (isProduction(raw)) {
      if (!raw[databaseKey]) problems.push(`${databaseKey}: required in production`);
      for (const [key, why] of Object.entries(requiredInProduction)) {
        if (!raw[key]) problems.push(`${key}: required in production (${String(why)})`);
      }
    }
    return problems;
  };
  const parsed = parseConfig(shape, env, rules) as Record<string, unknown> & CommonConfig;
  const databaseUrl = parsed[databaseKey] as string | undefined;

  const extra = Object.fromEntries(Object.keys(extraShape).map((key) => [key, parsed[key]]));
  return {
    name,
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    dataDir: parsed.DATA_DIR,
    databaseUrl,
    databasePoolSize: parsed['DATABASE_POOL_SIZE'] as number,
    port: parsed[portKey] as number,
    host: parsed[hostKey] as string,
    redisUrl: parsed.REDIS_URL,
    eventStream: parsed.EVENT_STREAM,
    eventRetentionHours: parsed.EVENT_STREAM_RETENTION_HOURS,
    clinicTimeZone: parsed.CLINIC_TIMEZONE,
    clockOffsetMinutes: parsed.CLOCK_OFFSET_MINUTES,
    backgroundWork: parsed.BACKGROUND_WORK,
    sqlLog: parsed.SQL_LOG,
    documentLimits: documentLimitsOf(parsed),
    auth: authSettings(parsed),
    extra: extra as z.infer<z.ZodObject<Extra>>,
  };
}

/** Where a subgraph's config says its database is, for `createDataSource` (the service, its migrations and its commands alike). */
export const databaseOptionsOf = (
  config: SubgraphConfig<unknown>,
): Pick<DatabaseOptions, 'name' | 'url' | 'poolSize' | 'dataDir'> => ({
  name: config.name,
  url: config.databaseUrl,
  poolSize: config.databasePoolSize,
  dataDir: config.dataDir,
});
