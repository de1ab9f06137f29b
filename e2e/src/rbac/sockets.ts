import type { OperationError } from '@hospital/client';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Answer } from './verdict.js';

/** A caller's graphql-ws socket on the gateway, with or without a token on connection_init. */
export interface CallerSocket {
  client: Client;
  /** Resolves once the server acknowledged the socket or closed it. */
  settled: Promise<void>;
  acknowledged(): boolean;
  closeCode(): number | undefined;
}

export function openSocket(gatewayUrl: string, token: string | undefined): CallerSocket {
  let acknowledged = false;
  let closeCode: number | undefined;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // A refused socket is an expected answer here, not something to print.
    onNonLazyError: () => {},
    on: {
      connected: () => {
        acknowledged = true;
        settle();
      },
      closed: (event) => {
        closeCode = (event as { code?: number }).code;
        settle();
      },
    },
  });
  return { client, settled, acknowledged: () => acknowledged, closeCode: () => closeCode };
}

/** One subscription on an acknowledged socket: what it received, as an Answer to judge. */
export interface Listening {
  events: number;
  errors: OperationError[];
  stop(): void;
}

const asError = (error: unknown): OperationError[] => {
  if (Array.isArray(error)) return error.flatMap(asError);
  if (error && typeof error === 'object' && 'message' in error) return [error as OperationError];
  return [{ message: String(error), extensions: { code: 'SOCKET_ERROR' } }];
};

export function listen(socket: CallerSocket, query: string, variables: Record<string, unknown>): Listening {
  const listening: Listening = { events: 0, errors: [], stop: () => {} };
  listening.stop = socket.client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) listening.errors.push(...asError(result.errors));
        if (result.data) listening.events += 1;
      },
      error: (error) => listening.errors.push(...asError(error)),
      complete: () => {},
    },
  );
  return listening;
}

export function answerOf(socket: CallerSocket, listening: Listening | undefined): Answer {
  const closeCode = socket.closeCode();
  return {
    acknowledged: socket.acknowledged(),
    ...(closeCode === undefined ? {} : { closeCode }),
    errors: listening?.errors ?? [],
    events: listening?.events ?? 0,
  };
}
