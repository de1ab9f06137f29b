import { createClient as createSocketClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

export interface ApiClient {
  client: Client;
  /** Closes the socket: on sign-out, so nothing more arrives for the person who left. */
  dispose(): void;
}

/**
 * One urql client per signed-in person: queries and mutations over HTTP POST, subscriptions
 * over graphql-ws at the same URL, both carrying the token. A new sign-in makes a new client,
 * so no cached answer or open subscription outlives the person it was for.
 */
export function createApiClient(gatewayUrl: string, token: string | null): ApiClient {
  const authorization = token ? { authorization: `Bearer ${token}` } : undefined;
  const socket = createSocketClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    connectionParams: authorization ?? {},
    lazy: true,
    // A dropped socket (a gateway restart, a phone changing networks) comes back on its own.
    retryAttempts: 20,
    shouldRetry: () => true,
  });
  const client = new Client({
    url: gatewayUrl,
    // POST for every operation: the gateway's CSRF prevention refuses a GET without a preflight header.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { ...authorization } }),
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const operation = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              return { unsubscribe: socket.subscribe(operation, sink) };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void socket.dispose() };
}
