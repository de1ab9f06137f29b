import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request, type OperationResult } from '@hospital/client';
import { wrap, type IPolicy } from 'cockatiel';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { currentRequestId } from './request-scope.js';
import { REQUEST_ID_HEADER } from './server.js';
import { guarded, readRetries, serviceBreaker, UnavailableError } from './resilience.js';

/** Where another subgraph answers, how long a call to it may take, and what guards the calls. */
export interface SubgraphEndpoint {
  /** The owning subgraph's name, for errors and logs. */
  name: string;
  url: string;
  timeoutMs: number;
  /** Reads: tried again twice with a growing wait, behind the breaker. */
  reads: IPolicy;
  /** Changes: never tried again (they may have happened), behind the same breaker. */
  writes: IPolicy;
}

/**
 * An endpoint of another subgraph with its guards (cockatiel): a circuit breaker
 * that, after 5 failed calls in a row, fails the next ones at once for 5 s
 * instead of letting each wait for its deadline, and retries with backoff for
 * reads, which are safe to ask twice. Made once per process, so that every
 * request shares what the breaker has learned.
 */
export function subgraphEndpoint(name: string, url: string, timeoutMs: number): SubgraphEndpoint {
  const breaker = serviceBreaker();
  return { name, url, timeoutMs, reads: wrap(readRetries(), breaker), writes: breaker };
}

/**
 * Reads an answer: NOT_FOUND on a field leaves that field null (the id names
 * nothing), the caller's own UNAUTHENTICATED and FORBIDDEN are the caller's
 * errors here too, and anything else is the dependency failing.
 */
function dataOf<T>(endpoint: SubgraphEndpoint, result: OperationResult<T>): T {
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'NOT_FOUND') continue;
    if (code === 'UNAUTHENTICATED') throw new UnauthenticatedError(error.message);
    if (code === 'FORBIDDEN') throw new ForbiddenError(error.message);
    throw new UnavailableError(`${code ?? 'error'} from ${endpoint.name}: ${error.message}`);
  }
  if (!result.data) throw new UnavailableError(`HTTP ${result.status} without data from ${endpoint.name}`);
  return result.data;
}

/** Each document's text, printed once: a call sends the same few documents again and again. */
const texts = new WeakMap<DocumentNode, string>();

function textOf(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = print(document);
    texts.set(document, text);
  }
  return text;
}

const isMutation = (document: DocumentNode) =>
  document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');

/**
 * The selection of a fragment codegen typed, on one line (`{ name department { name } }`),
 * for a query put together at run time: one aliased field per id, each selecting it.
 */
export function selectionOf(fragment: DocumentNode): string {
  const definition = fragment.definitions[0];
  if (definition?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error('selectionOf takes a fragment');
  return print(definition.selectionSet).replace(/\s+/g, ' ');
}

/** Operations put together at run time, by their text: a shape asked again is parsed once. */
const built = new Map<string, DocumentNode>();
const BUILT_KEPT = 256;

/**
 * A query put together at run time (aliases per id, parts a lookup asks for), out of
 * fragments codegen validated and typed: `Result` is written from their types. It is
 * sent as written.
 */
export function builtOperation<Result, Variables>(text: string): TypedDocumentNode<Result, Variables> {
  let document = built.get(text);
  if (!document) {
    document = parse(text);
    texts.set(document, text);
    built.set(text, document);
    // The oldest shape goes first: a lookup's shapes are few, the bound only guards memory.
    if (built.size > BUILT_KEPT) built.delete(built.keys().next().value as string);
  }
  return document as TypedDocumentNode<Result, Variables>;
}

async function attempt<Result, Variables>(
  endpoint: SubgraphEndpoint,
  operation: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  authorization: string | undefined,
): Promise<Result> {
  let result: OperationResult<Result>;
  try {
    const requestId = currentRequestId();
    result = await request<Result, Variables>(endpoint.url, textOf(operation), variables, {
      // The trace context goes with it too, added by the undici instrumentation when tracing is on.
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
      },
      timeoutMs: endpoint.timeoutMs,
    });
  } catch (error) {
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${endpoint.timeoutMs} ms` : 'unreachable';
    throw new UnavailableError(`${why} at ${endpoint.url}`, { cause: error });
  }
  return dataOf(endpoint, result);
}

/**
 * One small GraphQL call to another subgraph (DESIGN.md: never its database),
 * made with the caller's own `Authorization` (the other subgraph checks it again:
 * zero trust), the request's id and a deadline, so that a slow or dead dependency
 * fails the request quickly instead of holding it. The operation is a document
 * codegen typed against the other subgraph's schema (`clients/<subgraph>.graphql`),
 * so its variables and its answer are typed. A query is tried again on a passing
 * failure; whatever still fails, or meets an open breaker, is SERVICE_UNAVAILABLE
 * naming the dependency.
 */
export async function callSubgraph<Result, Variables>(
  endpoint: SubgraphEndpoint,
  operation: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  authorization: string | undefined,
): Promise<Result> {
  const policy = isMutation(operation) ? endpoint.writes : endpoint.reads;
  return guarded(endpoint.name, policy, () => attempt(endpoint, operation, variables, authorization));
}
