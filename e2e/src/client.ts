import { request, type OperationResult } from '@hospital/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export type Execute = <T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
  headers?: Record<string, string>,
) => Promise<OperationResult<T>>;

/** A client of the gateway sending the project's typed client operations, as a frontend would. */
export const gatewayClient =
  (url: string): Execute =>
  (document, variables, token, headers = {}) =>
    request(url, document, variables, { token, headers });

/** For what no client operation asks (a field a role may not see, say): a plain query string. */
export const rawClient =
  (url: string) =>
  <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    request<T, Record<string, unknown>>(url, query, variables, { token });

/** The code of the first error, for assertions such as `expect(codeOf(r)).toBe('FORBIDDEN')`. */
export const codeOf = (result: OperationResult<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;

/** The data of a result that must have succeeded; fails loudly with the errors otherwise. */
export function dataOf<T>(result: OperationResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
