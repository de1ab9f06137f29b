import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What a subscriber's socket has received, and how to wait for more. */
export interface Subscriber<T> {
  received: T[];
  errors: unknown[];
  /** Resolves with the next result once there are `count` in all. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves with the first result that `matches`, for a test that may also hear of an earlier change still in flight. */
  waitForOne(matches: (result: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): void;
}

export interface LobbyConnection {
  client: Client;
  /** Resolves when the server has accepted the token on connection_init. */
  connected: Promise<void>;
  /** Resolves with the close code when the socket closes. */
  closed: Promise<number>;
}

/** A graphql-ws client on the gateway's /graphql, signed in on connection_init, as a doctor's lobby page is. */
export function lobbyClient(gatewayUrl: string, token: string): LobbyConnection {
  let onConnected: () => void = () => {};
  let onClosed: (code: number) => void = () => {};
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    // The tests read closes through `closed`; the default would print each one.
    onNonLazyError: () => {},
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code: number }).code),
    },
  });
  return { client, connected, closed };
}

/**
 * Subscribes on an accepted connection. The protocol acknowledges connections,
 * not subscriptions, so it then gives the server a moment to start listening on
 * the lobby before the test makes the change it expects to hear of.
 */
export async function subscribe<T, V extends Record<string, unknown>>(
  connection: LobbyConnection,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<Subscriber<T>> {
  const { client } = connection;
  await connection.connected;
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const stop = client.subscribe<T>(
    { query: print(document), variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) received.push(result.data as T);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        errors.push(error);
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => {},
    },
  );
  const until = async (done: () => boolean, timeoutMs: number, failure: () => string) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(failure());
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  await new Promise((resolve) => setTimeout(resolve, 250));
  return {
    received,
    errors,
    stop,
    async waitFor(count, timeoutMs = 5_000) {
      await until(
        () => received.length >= count,
        timeoutMs,
        () => `expected ${count} lobby events, got ${received.length}`,
      );
      return received;
    },
    async waitForOne(matches, timeoutMs = 5_000) {
      await until(
        () => received.some(matches),
        timeoutMs,
        () => `no matching lobby event among ${JSON.stringify(received)}`,
      );
      return received.find(matches) as T;
    },
  };
}
