import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request (or event) the running code serves, by its correlation id: what
 * it logs, the SQL it sends, the calls it makes to other subgraphs and the
 * events it emits carry that id, without it being handed down every call.
 */
const requestScope = new AsyncLocalStorage<string>();

/** Runs `work` as part of the request `requestId`. */
export function runInRequest<T>(requestId: string, work: () => T): T {
  return requestScope.run(requestId, work);
}

/** The id of the request the running code serves; none for background work. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore();
}
