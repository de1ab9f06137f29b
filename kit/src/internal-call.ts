import { request, type OperationResult } from '@hospital/client';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/**
 * Another subgraph failed, was unreachable or answered too late: a fault of the
 * platform (logged, and masked as INTERNAL_SERVER_ERROR for the client), never
 * the caller's mistake.
 */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${dependency} subgraph: ${message}`, options);
    this.name = 'DependencyUnavailableError';
  }
}

/** Where another subgraph answers, and how long a call to it may take. */
export interface SubgraphEndpoint {
  /** The owning subgraph's name, for messages and logs. */
  name: string;
  url: string;
  timeoutMs: number;
}

/**
 * Reads an answer: NOT_FOUND on a field leaves that field null (the id names
 * nothing), the caller's own UNAUTHENTICATED and FORBIDDEN are the caller's
 * errors here too, and anything else is the dependency's fault.
 */
function dataOf<T>(endpoint: SubgraphEndpoint, result: OperationResult<T>): T {
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'NOT_FOUND') continue;
    if (code === 'UNAUTHENTICATED') throw new UnauthenticatedError(error.message);
    if (code === 'FORBIDDEN') throw new ForbiddenError(error.message);
    throw new DependencyUnavailableError(endpoint.name, `${code ?? 'error'}: ${error.message}`);
  }
  if (!result.data) throw new DependencyUnavailableError(endpoint.name, `HTTP ${result.status} without data`);
  return result.data;
}

/**
 * One small GraphQL call to another subgraph (DESIGN.md: never its database),
 * made with the caller's own `Authorization` — the other subgraph checks it again
 * (zero trust) — and a deadline, so that a slow or dead dependency fails the
 * request quickly instead of holding it.
 */
export async function callSubgraph<T>(
  endpoint: SubgraphEndpoint,
  query: string,
  variables: Record<string, unknown>,
  authorization: string | undefined,
): Promise<T> {
  let result: OperationResult<T>;
  try {
    result = await request<T, Record<string, unknown>>(endpoint.url, query, variables, {
      headers: authorization ? { authorization } : {},
      timeoutMs: endpoint.timeoutMs,
    });
  } catch (error) {
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${endpoint.timeoutMs} ms` : 'unreachable';
    throw new DependencyUnavailableError(endpoint.name, `${why} at ${endpoint.url}`, { cause: error });
  }
  return dataOf(endpoint, result);
}
