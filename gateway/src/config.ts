import { fileURLToPath } from 'node:url';
import { authSettings, commonProblems, commonShape, parseConfig, port, type AuthSettings } from '@hospital/kit';
import { z } from 'zod';

export const GATEWAY_PORT = 4000;

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  port: number;
  supergraphPath: string;
  /** `<NAME>_URL`, when given, replaces the URL composed into the supergraph for that subgraph. */
  subgraphUrl(name: string): string | undefined;
  maxDepth: number;
  maxCost: number;
  subgraphTimeoutMs: number;
  redisUrl: string | undefined;
  eventStream: string;
  auth: AuthSettings;
}

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = parseConfig(
    {
      ...commonShape,
      GATEWAY_PORT: port(GATEWAY_PORT),
      SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH),
      MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(10),
      MAX_QUERY_COST: z.coerce.number().int().min(10).default(5_000),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    },
    env,
    commonProblems,
  );
  return {
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    port: parsed.GATEWAY_PORT,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrl: (name) => env[`${name.toUpperCase()}_URL`]?.trim() || undefined,
    maxDepth: parsed.MAX_QUERY_DEPTH,
    maxCost: parsed.MAX_QUERY_COST,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    redisUrl: parsed.REDIS_URL,
    eventStream: parsed.EVENT_STREAM,
    auth: authSettings(parsed),
  };
}
