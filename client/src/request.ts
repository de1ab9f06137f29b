import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface OperationError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string; rule?: string };
}

export interface OperationResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: OperationError[];
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string | undefined;
  headers?: Record<string, string>;
  /** Abandons the call (rejecting with a TimeoutError) when no answer has come by then. */
  timeoutMs?: number;
}

/**
 * POSTs one operation to the gateway and returns what came back, errors included.
 * A typed document types the variables and the data; a plain string is for what no
 * client operation asks.
 */
export async function request<Result, Variables>(
  url: string,
  operation: TypedDocumentNode<Result, Variables> | string,
  variables: Variables,
  options: RequestOptions = {},
): Promise<OperationResult<Result>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: typeof operation === 'string' ? operation : print(operation), variables }),
    ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: OperationError[] };
  return { status: response.status, headers: response.headers, ...body };
}
