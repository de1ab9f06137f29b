import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string; rule?: string };
}

export interface Result<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

export type Execute = <T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
  headers?: Record<string, string>,
) => Promise<Result<T>>;

/** A client of the gateway sending the project's typed client operations, as a frontend would. */
export function gatewayClient(url: string): Execute {
  return async (document, variables, token, headers = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorShape[] };
    return { status: response.status, headers: response.headers, ...body } as Result<never>;
  };
}

/** The code of the first error, for assertions such as `expect(codeOf(r)).toBe('FORBIDDEN')`. */
export const codeOf = (result: Result<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;

/** The data of a result that must have succeeded; fails loudly with the errors otherwise. */
export function dataOf<T>(result: Result<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** For what no client operation asks (a field a role may not see, say): a plain query string. */
export function rawClient(url: string) {
  return async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, headers: response.headers, ...body } as Result<T>;
  };
}
