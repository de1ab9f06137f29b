import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  CLIENT_ADDRESS_HEADER,
  guarded,
  REQUEST_ID_HEADER,
  serviceBreaker,
  ServiceUnavailableError,
  UnavailableError,
} from '@hospital/kit';
import { BrokenCircuitError, CircuitState, type CircuitBreakerPolicy } from 'cockatiel';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import type { GatewayContext } from './app.js';
import { subgraphFetchDuration, subgraphFetches } from './metrics.js';

type GatewayResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Kept-alive connections to every subgraph, shared by all requests: a query plan's
 * fetches reuse warm sockets instead of opening one each. Idle sockets are let go
 * after 4 s, before a subgraph's own 5 s keep-alive (Node's default) closes them
 * under a request in flight.
 */
export function createSubgraphAgent(): Agent {
  return new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000, connections: 64 });
}

/** A subgraph as the gateway's own fetches last found it: `unknown` before the first. */
export type SubgraphStatus = 'up' | 'down' | 'unknown';

/** How a fetch ended, for `subgraph_fetch_total`. */
export type FetchOutcome = 'success' | 'refused' | 'unavailable' | 'circuit_open' | 'error';

export function fetchOutcome(error: unknown): FetchOutcome {
  if (error instanceof ServiceUnavailableError) {
    return (error as { cause?: unknown }).cause instanceof BrokenCircuitError ? 'circuit_open' : 'unavailable';
  }
  return error instanceof GraphQLError ? 'refused' : 'error';
}

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/**
 * One subgraph, spoken to with undici's request API over the shared agent, which
 * costs a fraction of `fetch` per call. It passes on the caller's token and the
 * correlation id; a subgraph that refuses a request as a whole (HTTP 4xx with a
 * GraphQL error: a variable its scalar rejects, a token it does not accept) has
 * that error passed on with its code, not as a bare status.
 *
 * A subgraph that is down, too slow, or failing as a whole (5xx, no GraphQL
 * answer) fails its part of the answer with SERVICE_UNAVAILABLE naming it, and
 * the gateway returns the rest (partial data). After 5 such fetches in a row its
 * breaker (cockatiel) fails the next ones at once for 5 s instead of letting each
 * wait for the timeout, then lets one through to see.
 */
export class SubgraphClient implements GraphQLDataSource<GatewayContext> {
  private readonly origin: string;
  private readonly path: string;
  private readonly breaker: CircuitBreakerPolicy;
  private lastAnswer: 'up' | 'down' | undefined;

  constructor(
    readonly name: string,
    readonly url: string,
    private readonly agent: Agent,
    private readonly timeoutMs: number,
  ) {
    const parsed = new URL(url);
    this.origin = parsed.origin;
    this.path = `${parsed.pathname}${parsed.search}`;
    this.breaker = serviceBreaker();
  }

  /**
   * What the requests so far have shown, for the gateway's /ready to report: no
   * request is made to find out, so that a probe costs nothing and a subgraph
   * down fails only its own fields, as it does for a query.
   */
  get status(): SubgraphStatus {
    if (this.breaker.state === CircuitState.Open) return 'down';
    return this.lastAnswer ?? 'unknown';
  }

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    const started = performance.now();
    const measured = (outcome: FetchOutcome) => {
      subgraphFetches.inc({ subgraph: this.name, outcome });
      // A fetch the open breaker failed at once was never made: its no time would flatter the latency.
      if (outcome !== 'circuit_open') {
        subgraphFetchDuration.observe({ subgraph: this.name }, (performance.now() - started) / 1_000);
      }
    };
    return guarded(this.name, this.breaker, () => this.fetch(options)).then(
      (response) => {
        measured('success');
        return response;
      },
      (error: unknown) => {
        measured(fetchOutcome(error));
        throw error;
      },
    );
  }

  private async fetch(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    const { request, context } = options;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if ('requestId' in context) {
      headers[REQUEST_ID_HEADER] = context.requestId;
      if (context.authorization) headers['authorization'] = context.authorization;
      if (context.clientAddress) headers[CLIENT_ADDRESS_HEADER] = context.clientAddress;
    }
    let status: number;
    let text: string;
    try {
      const response = await this.agent.request({
        origin: this.origin,
        path: this.path,
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: request.query,
          variables: request.variables,
          ...(request.operationName ? { operationName: request.operationName } : {}),
        }),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      this.lastAnswer = 'down';
      const code = (error as { code?: string }).code ?? (error as Error).name;
      throw new UnavailableError(`${code} from ${this.url}`, { cause: error });
    }
    const body = parseJson(text);
    const refusal = (body as SubgraphErrorBody | undefined)?.errors?.[0];
    if (status >= 400 && status < 500 && typeof refusal?.message === 'string') {
      // It answered: refusing this request says nothing against the subgraph.
      this.lastAnswer = 'up';
      throw new GraphQLError(refusal.message, { extensions: refusal.extensions ?? {} });
    }
    if (status >= 300 || !body || typeof body !== 'object') {
      this.lastAnswer = 'down';
      throw new UnavailableError(`HTTP ${status} from ${this.url}: ${text.slice(0, 200)}`);
    }
    this.lastAnswer = 'up';
    return body as GatewayResponse;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
