import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@hospital/kit';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import type { GatewayContext } from './app.js';

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

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/**
 * One subgraph, spoken to with undici's request API over the shared agent, which
 * costs a fraction of `fetch` per call. It passes on the caller's token and the
 * correlation id; a subgraph that refuses a request as a whole (HTTP 4xx with a
 * GraphQL error: a variable its scalar rejects, a token it does not accept) has
 * that error passed on with its code, not as a bare status.
 */
export class SubgraphClient implements GraphQLDataSource<GatewayContext> {
  private readonly origin: string;
  private readonly path: string;

  constructor(
    readonly url: string,
    private readonly agent: Agent,
    private readonly timeoutMs: number,
  ) {
    const parsed = new URL(url);
    this.origin = parsed.origin;
    this.path = `${parsed.pathname}${parsed.search}`;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    const { request, context } = options;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if ('requestId' in context) {
      headers[REQUEST_ID_HEADER] = context.requestId;
      if (context.authorization) headers['authorization'] = context.authorization;
    }
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
    const text = await response.body.text();
    const body = parseJson(text);
    if (response.statusCode >= 300) throw this.errorOf(response.statusCode, body, text);
    if (!body || typeof body !== 'object') {
      throw new GraphQLError(`${this.url} answered with no GraphQL result`, {
        extensions: { response: { url: this.url, status: response.statusCode, body: text.slice(0, 1_000) } },
      });
    }
    return body as GatewayResponse;
  }

  private errorOf(status: number, body: unknown, text: string): GraphQLError {
    const first = (body as SubgraphErrorBody | undefined)?.errors?.[0];
    if (status < 500 && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: first.extensions ?? {} });
    }
    return new GraphQLError(`${status} from ${this.url}`, {
      extensions: { response: { url: this.url, status, body: text.slice(0, 1_000) } },
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
