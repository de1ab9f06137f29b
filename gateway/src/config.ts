import { fileURLToPath } from 'node:url';
import {
  authSettings,
  commonProblems,
  commonShape,
  documentLimitsOf,
  listenHost,
  parseConfig,
  port,
  type AuthSettings,
  type DocumentLimits,
} from '@hospital/kit';
import { z } from 'zod';
import { parseCorsOrigins } from './cors.js';
import { INTROSPECTION_AUDIENCES, type IntrospectionAudience } from './introspection.js';
import type { RateLimitSettings } from './rate-limits.js';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from './subscriptions/lobby-server.js';

export const GATEWAY_PORT = 4000;

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  port: number;
  host: string;
  supergraphPath: string;
  /** `<NAME>_URL`, when given, replaces the URL composed into the supergraph for that subgraph. */
  subgraphUrl(name: string): string | undefined;
  documentLimits: DocumentLimits;
  socketLimits: SocketLimits;
  rateLimits: RateLimitSettings;
  maxCost: number;
  subgraphTimeoutMs: number;
  redisUrl: string | undefined;
  eventStream: string;
  eventRetentionHours: number;
  auth: AuthSettings;
  /** CORS_ORIGINS: the exact origins of the web apps that may call /graphql from a browser (none by default). */
  corsOrigins: string[];
  /** INTROSPECTION: who may introspect the API schema (introspection.ts). */
  introspection: IntrospectionAudience;
}

/** Requests per minute; 0 turns the limit off. */
const perMinute = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = parseConfig(
    {
      ...commonShape,
      GATEWAY_PORT: port(GATEWAY_PORT),
      GATEWAY_HOST: listenHost,
      SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH),
      MAX_QUERY_COST: z.coerce.number().int().min(10).default(5_000),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
      WS_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1_024).default(DEFAULT_SOCKET_LIMITS.maxMessageBytes),
      WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce
        .number()
        .int()
        .min(100)
        .default(DEFAULT_SOCKET_LIMITS.connectionInitWaitMs),
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce
        .number()
        .int()
        .min(1)
        .default(DEFAULT_SOCKET_LIMITS.maxSubscriptionsPerSocket),
      WS_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(1).default(DEFAULT_SOCKET_LIMITS.maxSocketsPerUser),
      RATE_LIMIT_PER_ADDRESS: perMinute(1_200),
      RATE_LIMIT_PER_USER: perMinute(600),
      SIGN_IN_PER_ADDRESS: perMinute(30),
      TRUST_PROXY: z.string().default(''),
      INTROSPECTION: z.enum(INTROSPECTION_AUDIENCES).default('signed-in'),
      CORS_ORIGINS: z
        .string()
        .default('')
        .transform((value, context) => {
          const { origins, problems } = parseCorsOrigins(value);
          for (const message of problems) context.issues.push({ code: 'custom', message, input: value });
          return origins;
        }),
    },
    env,
    commonProblems,
  );
  return {
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    port: parsed.GATEWAY_PORT,
    host: parsed.GATEWAY_HOST,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrl: (name) => env[`${name.toUpperCase()}_URL`]?.trim() || undefined,
    documentLimits: documentLimitsOf(parsed),
    socketLimits: {
      maxMessageBytes: parsed.WS_MAX_MESSAGE_BYTES,
      connectionInitWaitMs: parsed.WS_CONNECTION_INIT_TIMEOUT_MS,
      maxSubscriptionsPerSocket: parsed.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxSocketsPerUser: parsed.WS_MAX_SOCKETS_PER_USER,
    },
    rateLimits: {
      perAddress: parsed.RATE_LIMIT_PER_ADDRESS,
      perUser: parsed.RATE_LIMIT_PER_USER,
      credentialsPerAddress: parsed.SIGN_IN_PER_ADDRESS,
      trustProxy: parsed.TRUST_PROXY,
    },
    maxCost: parsed.MAX_QUERY_COST,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    redisUrl: parsed.REDIS_URL,
    eventStream: parsed.EVENT_STREAM,
    eventRetentionHours: parsed.EVENT_STREAM_RETENTION_HOURS,
    auth: authSettings(parsed),
    corsOrigins: parsed.CORS_ORIGINS,
    introspection: parsed.INTROSPECTION,
  };
}
