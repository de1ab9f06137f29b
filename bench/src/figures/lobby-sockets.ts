import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Person } from '../seed.js';

/** What a doctor's lobby page asks for: `patient { name }` makes each event a cross-subgraph read. */
export const LOBBY_SUBSCRIPTION = `subscription ($doctorId: ID!) {
  appointmentRequested(doctorId: $doctorId) { id createdAt patient { name } }
}`;

export interface LobbyEvent {
  appointmentRequested: { id: string; createdAt: string; patient: { name: string } };
}

/** A graphql-ws connection signed in as one doctor, with one `appointmentRequested` subscription on its lobby. */
export interface LobbySocket {
  index: number;
  doctor: Person;
  client: Client;
  /** Resolves when the socket has closed, whoever closed it. */
  closed: Promise<void>;
}

export interface LobbyListener {
  /** `receivedAt` is taken first thing on the message, before anything else is done with it. */
  event(socket: LobbySocket, event: LobbyEvent, receivedAt: number): void;
  /** An error result or a failed subscription. */
  error(socket: LobbySocket, error: unknown): void;
}

export interface OpenedLobby {
  sockets: LobbySocket[];
  /** Connections the gateway closed or refused before acknowledging connection_init. */
  refused: number;
}

/** How long a connection may take from opening to the server's connection_ack. */
const ACK_TIMEOUT_MS = 30_000;

/**
 * Opens `count` lobby connections, `width` at a time; socket `i` is signed in as
 * `doctors[i % doctors.length]` and subscribes to that doctor's lobby as soon as
 * the server has acknowledged it. Resolves once every connection was acknowledged
 * or refused; the protocol acknowledges connections, not subscriptions.
 */
export async function openLobby(
  gatewayUrl: string,
  doctors: readonly Person[],
  count: number,
  width: number,
  listener: LobbyListener,
): Promise<OpenedLobby> {
  const url = gatewayUrl.replace(/^http/, 'ws');
  const sockets: LobbySocket[] = [];
  let refused = 0;
  const open = (index: number) =>
    new Promise<void>((settle) => {
      const doctor = doctors[index % doctors.length]!;
      let onClosed: () => void = () => {};
      let acknowledged = false;
      const timeout = setTimeout(() => void client.dispose(), ACK_TIMEOUT_MS);
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${doctor.token}` },
        lazy: false,
        retryAttempts: 0,
        // A refused or lost connection is counted through `closed`; the default would print it.
        onNonLazyError: () => {},
        on: {
          connected: () => {
            acknowledged = true;
            clearTimeout(timeout);
            const socket: LobbySocket = { index, doctor, client, closed };
            sockets.push(socket);
            client.subscribe<LobbyEvent>(
              { query: LOBBY_SUBSCRIPTION, variables: { doctorId: doctor.id } },
              {
                next: (result) => {
                  const receivedAt = Date.now();
                  if (result.errors?.length) listener.error(socket, result.errors);
                  if (result.data) listener.event(socket, result.data, receivedAt);
                },
                error: (error) => listener.error(socket, error),
                complete: () => {},
              },
            );
            settle();
          },
          closed: () => {
            onClosed();
            if (acknowledged) return;
            clearTimeout(timeout);
            refused += 1;
            settle();
          },
        },
      });
      const closed = new Promise<void>((resolve) => (onClosed = resolve));
    });
  let next = 0;
  const lane = async () => {
    while (next < count) await open(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, lane));
  sockets.sort((a, b) => a.index - b.index);
  return { sockets, refused };
}

/** Closes every socket and resolves once all are closed. */
export async function closeLobby(sockets: readonly LobbySocket[]): Promise<void> {
  await Promise.all(sockets.map((socket) => socket.client.dispose()));
  await Promise.all(sockets.map((socket) => socket.closed));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
