import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLogger,
  DEFAULT_DOCUMENT_LIMITS,
  InProcessSessionRegistry,
  Role,
  type TokenVerifier,
  type Viewer,
} from '@hospital/kit';
import { InProcessEventBus, type EventBus, type EventEnvelope } from '@hospital/kit/events';
import { appointmentEvent, upgradeStatus } from '@hospital/kit/testing';
import { buildSchema, print, type DocumentNode, type FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  followUpKey,
  startLobbyServer,
  type LobbyServerOptions,
  type RunQuery,
  type SocketLimits,
} from './lobby-server.js';
import { websocketOriginAllowed } from '../cors.js';
import { APPOINTMENT_ID_VARIABLE } from './follow-up.js';

const schema = buildSchema(`
  type Patient { name: String! }
  type Appointment { id: ID! status: String! patient: Patient! }
  type Query { appointment(id: ID!): Appointment }
  type Subscription { appointmentRequested(doctorId: ID!): Appointment! }
`);

const LOBBY =
  'subscription ($doctorId: ID!) { appointmentRequested(doctorId: $doctorId) { id status patient { name } } }';

/** A viewer whose token never expires. */
const viewer = (id: string, role: Role): Viewer => ({
  id,
  role,
  expiresAt: Number.MAX_SAFE_INTEGER / 1000,
  sessionVersion: 0,
  scopes: [],
});

const VIEWERS: Record<string, Viewer> = {
  'doctor-token': viewer('d-1', Role.DOCTOR),
  'desk-token': viewer('desk', Role.STAFF),
  'other-desk-token': viewer('desk-2', Role.STAFF),
};

const verifier: TokenVerifier = {
  async verify(token) {
    const viewer = VIEWERS[token];
    if (!viewer) throw new Error('unknown token');
    return viewer;
  },
};

const requestedEvent = (appointmentId: string): EventEnvelope =>
  appointmentEvent(
    'appointments.requested',
    { appointmentId },
    { id: `e-${appointmentId}`, occurredAt: '2026-12-01T09:00:00.000Z' },
  );

interface Ran {
  authorization: string;
  variables: Record<string, unknown>;
}

type Answer = (authorization: string, appointmentId: string) => FormattedExecutionResult;

/** The appointment has moved on since the event: it is shown as of the event all the same. */
const cancelledSince: Answer = (_authorization, id) => ({
  data: { appointmentRequested: { id, status: 'CANCELLED', patient: { name: 'Marta' } } },
});

const SOCKET_LIMITS: SocketLimits = {
  maxMessageBytes: 4_096,
  connectionInitWaitMs: 300,
  maxSubscriptionsPerSocket: 3,
  maxSocketsPerUser: 4,
};

/** An HTTP server on a free port, for a lobby server to upgrade. */
async function listeningServer(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const closeServer = (server: Server) => new Promise((resolve) => server.close(resolve));

const wsUrl = (server: Server) => `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

/** A lobby server with the suites' schema, viewers, limits and a silent logger, unless `options` say otherwise. */
const testLobby = (
  options: Pick<LobbyServerOptions, 'httpServer' | 'bus' | 'runQuery'> & Partial<LobbyServerOptions>,
) =>
  startLobbyServer({
    schema,
    verifier,
    sessions: new InProcessSessionRegistry(),
    logger: createLogger({ name: 'test', level: 'silent' }),
    documentLimits: DEFAULT_DOCUMENT_LIMITS,
    socketLimits: SOCKET_LIMITS,
    ...options,
  });

/** A graphql-ws client of `server` signed in with `token`, subscribed with `query`: what it receives, results and errors alike. */
function subscription(
  clients: Client[],
  server: Server,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): unknown[] {
  const client = createClient({
    url: wsUrl(server),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(client);
  const received: unknown[] = [];
  client.subscribe(
    { query, variables },
    { next: (result) => received.push(result), error: (error) => received.push(error), complete: () => {} },
  );
  return received;
}

/**
 * The protocol does not acknowledge a subscription: `probe(n)` publishes a probe and tells when every
 * subscriber has heard it; probes go out until one is heard, then the subscribers start from nothing received.
 */
async function listeningAll(probe: (n: number) => Promise<() => boolean>, subscribers: unknown[][]): Promise<void> {
  for (let n = 0; ; n += 1) {
    const heard = await probe(n);
    if (
      await eventually(heard, 300).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const received of subscribers) received.length = 0;
}

describe('the lobby server', () => {
  let server: Server;
  let inner: InProcessEventBus;
  let lobby: { dispose(): Promise<void> };
  let ran: Ran[];
  let answer: Answer;
  /** Bus subscriptions the lobby server holds, by topic. */
  const subscribed = new Map<string, number>();
  const clients: Client[] = [];

  beforeEach(async () => {
    server = await listeningServer();
    inner = new InProcessEventBus();
    const bus: Pick<EventBus, 'subscribe'> = {
      async subscribe(topic, handler) {
        const unsubscribe = await inner.subscribe(topic, handler);
        subscribed.set(topic, (subscribed.get(topic) ?? 0) + 1);
        return async () => {
          await unsubscribe();
          subscribed.set(topic, (subscribed.get(topic) ?? 0) - 1);
        };
      },
    };
    ran = [];
    answer = cancelledSince;
    const runQuery: RunQuery = async (_document: DocumentNode, variables, caller) => {
      ran.push({ authorization: caller.authorization, variables });
      return answer(caller.authorization, String(variables[APPOINTMENT_ID_VARIABLE]));
    };
    lobby = testLobby({ httpServer: server, bus, runQuery });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await lobby.dispose();
    await inner.close();
    await closeServer(server);
    subscribed.clear();
  });

  /** A socket signed in with `token`, subscribed to d-1's lobby: what it receives. */
  const watcher = (token: string) => subscription(clients, server, token, LOBBY, { doctorId: 'd-1' });

  /** Probes with requested events until every watcher has heard one, then starts from nothing received and nothing run. */
  async function listening(...watchers: unknown[][]) {
    await listeningAll(async (n) => {
      const id = `probe-${n}`;
      await inner.publish(requestedEvent(id));
      return () => watchers.every((received) => JSON.stringify(received).includes(`"${id}"`));
    }, watchers);
    ran = [];
  }

  it('runs one follow-up per event for the sockets with the same credentials, and shapes each delivery as of the event', async () => {
    const doctorA = watcher('doctor-token');
    const doctorB = watcher('doctor-token');
    const desk = watcher('desk-token');
    await listening(doctorA, doctorB, desk);
    await inner.publish(requestedEvent('a-1'));
    await eventually(() => doctorA.length === 1 && doctorB.length === 1 && desk.length === 1);

    expect(ran.map((run) => run.authorization).sort()).toEqual(['Bearer desk-token', 'Bearer doctor-token']);
    expect(ran[0]!.variables).toEqual({ [APPOINTMENT_ID_VARIABLE]: 'a-1' });
    for (const received of [doctorA, doctorB, desk]) {
      expect(received).toEqual([
        { data: { appointmentRequested: { id: 'a-1', status: 'PENDING', patient: { name: 'Marta' } } } },
      ]);
    }
    expect(subscribed.get('lobby.doctor.d-1')).toBe(1);
  });

  it('runs the follow-up again for each event, and delivers them in order', async () => {
    const doctor = watcher('doctor-token');
    await listening(doctor);
    await inner.publish(requestedEvent('a-1'));
    await inner.publish(requestedEvent('a-2'));
    await eventually(() => doctor.length === 2);
    expect(ran.map((run) => run.variables[APPOINTMENT_ID_VARIABLE])).toEqual(['a-1', 'a-2']);
    expect(JSON.stringify(doctor).indexOf('"a-1"')).toBeLessThan(JSON.stringify(doctor).indexOf('"a-2"'));
  });

  it('tells each subscriber only what its own follow-up may see, asking once', async () => {
    const desk = watcher('desk-token');
    const otherDesk = watcher('other-desk-token');
    await listening(desk, otherDesk);
    answer = (authorization, id) =>
      authorization === 'Bearer other-desk-token'
        ? { data: null, errors: [{ message: 'Not yours', extensions: { code: 'FORBIDDEN' } }] }
        : cancelledSince(authorization, id);
    await inner.publish(requestedEvent('a-1'));
    await eventually(() => desk.length === 1 && ran.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran.filter((run) => run.authorization === 'Bearer other-desk-token')).toHaveLength(1);
    expect(otherDesk).toEqual([]);
  });

  it('withholds an event its follow-up may not see, without asking again', async () => {
    const doctor = watcher('doctor-token');
    await listening(doctor);
    answer = () => ({
      data: { appointmentRequested: null },
      errors: [{ message: 'Not in care', extensions: { code: 'FORBIDDEN' } }],
    });
    await inner.publish(requestedEvent('a-1'));
    await eventually(() => ran.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toHaveLength(1);
    expect(doctor).toEqual([]);
  });

  it('withholds an event whose follow-up failed, without asking again', async () => {
    const doctor = watcher('doctor-token');
    await listening(doctor);
    answer = () => ({
      data: null,
      errors: [{ message: 'Subgraph down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    await inner.publish(requestedEvent('a-1'));
    await eventually(() => ran.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toHaveLength(1);
    expect(doctor).toEqual([]);
  });

  it('listens to a lobby on the bus once, and stops when the last socket leaves', async () => {
    const doctor = watcher('doctor-token');
    const desk = watcher('desk-token');
    await listening(doctor, desk);
    expect(subscribed.get('lobby.doctor.d-1')).toBe(1);
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await eventually(() => subscribed.get('lobby.doctor.d-1') === 0);
  });
});

const FIELDS_SCHEMA = buildSchema(`
  scalar Date
  type Department { id: ID! name: String! }
  type DepartmentRevenue { department: Department revenue: String! }
  type RevenueReport { totalRevenue: String! departmentBreakdown: [DepartmentRevenue!]! }
  type SlotOffer { id: ID! status: String! start: String! expiresAt: String! }
  type Query { revenueReport(from: Date!, to: Date!): RevenueReport! slotOffer(id: ID!): SlotOffer }
  type Subscription {
    revenueReportChanged(from: Date!, to: Date!): RevenueReport!
    slotOffered(patientId: ID!): SlotOffer!
  }
`);

const LIVE_REVENUE = `subscription LiveRevenue($from: Date!, $to: Date!) {
  revenueReportChanged(from: $from, to: $to) { totalRevenue departmentBreakdown { department { id name } revenue } }
}`;

const SLOT_OFFERED = `subscription SlotOffered($patientId: ID!) {
  slotOffered(patientId: $patientId) { id status start expiresAt }
}`;

const FIELD_VIEWERS: Record<string, Viewer> = {
  'stakeholder-token': viewer('sh-1', Role.STAKEHOLDER),
  'patient-token': viewer('p-1', Role.PATIENT),
  'other-patient-token': viewer('p-2', Role.PATIENT),
};

const reportChanged = (id: string, from: string, to: string): EventEnvelope => ({
  id,
  type: 'analytics.report-changed',
  occurredAt: '2026-12-01T09:00:00.000Z',
  payload: { from, to },
});

const slotOfferedEvent = (offerId: string, patientId = 'p-1'): EventEnvelope => ({
  id: `e-${offerId}`,
  type: 'appointments.slot-offered',
  occurredAt: '2026-12-01T09:00:00.000Z',
  payload: {
    offerId,
    entryId: 'w-1',
    patientId,
    doctorId: 'd-1',
    serviceId: 's-1',
    departmentId: 'dep-1',
    start: '2026-12-07T09:00:00.000Z',
    end: '2026-12-07T09:30:00.000Z',
    expiresAt: '2026-12-01T09:15:00.000Z',
  },
});

describe('the lobby server serving fields other than the appointment lobby', () => {
  let server: Server;
  let bus: InProcessEventBus;
  let lobby: { dispose(): Promise<void> };
  let ran: { query: string; variables: Record<string, unknown> }[];
  const subscribed = new Map<string, number>();
  const clients: Client[] = [];

  beforeEach(async () => {
    server = await listeningServer();
    bus = new InProcessEventBus();
    ran = [];
    lobby = testLobby({
      httpServer: server,
      schema: FIELDS_SCHEMA,
      verifier: {
        async verify(token) {
          const viewer = FIELD_VIEWERS[token] ?? VIEWERS[token];
          if (!viewer) throw new Error('unknown token');
          return viewer;
        },
      },
      bus: {
        async subscribe(topic, handler) {
          const unsubscribe = await bus.subscribe(topic, handler);
          subscribed.set(topic, (subscribed.get(topic) ?? 0) + 1);
          return unsubscribe;
        },
      },
      runQuery: async (document, variables) => {
        const query = print(document);
        ran.push({ query, variables });
        if (query.includes('revenueReport(')) {
          return {
            data: {
              revenueReportChanged: {
                totalRevenue: `${variables['from']}..${variables['to']}`,
                departmentBreakdown: [],
              },
            },
          };
        }
        const id = String(variables['__lobbySlotOfferId']);
        return {
          data: { slotOffered: { id, status: 'CLAIMED', start: '2026-12-08T09:00:00.000Z', expiresAt: 'later' } },
        };
      },
    });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await lobby.dispose();
    await bus.close();
    await closeServer(server);
    subscribed.clear();
  });

  const subscriber = (token: string, query: string, variables: Record<string, unknown>) =>
    subscription(clients, server, token, query, variables);

  /** Publishes `probe(n)` until every subscriber has heard one, then starts from nothing received and nothing run. */
  async function listening(probe: (n: number) => EventEnvelope, ...subscribers: unknown[][]) {
    await listeningAll(async (n) => {
      const before = subscribers.map((received) => received.length);
      await bus.publish(probe(n));
      return () => subscribers.every((received, index) => received.length > before[index]!);
    }, subscribers);
    ran = [];
  }

  it("pushes the subscriber's own period again when a change overlaps it, one query for the same token and period", async () => {
    const december = { from: '2026-12-01', to: '2026-12-31' };
    const first = subscriber('stakeholder-token', LIVE_REVENUE, december);
    const second = subscriber('stakeholder-token', LIVE_REVENUE, december);
    const desk = subscriber('desk-token', LIVE_REVENUE, december);
    await listening((n) => reportChanged(`probe-${n}`, '2026-12-05', '2026-12-05'), first, second);
    expect(desk).toEqual([[expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]]);

    await bus.publish(reportChanged('c-1', '2026-11-30', '2026-11-30'));
    await bus.publish(reportChanged('c-2', '2027-01-01', '2027-01-02'));
    await bus.publish(reportChanged('c-3', '2026-11-20', '2026-12-01'));
    await eventually(() => first.length === 1 && second.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(ran).toHaveLength(1);
    expect(ran[0]!.query).toContain('revenueReportChanged: revenueReport(from: $from, to: $to)');
    expect(ran[0]!.variables).toEqual(december);
    for (const received of [first, second]) {
      expect(received).toEqual([
        { data: { revenueReportChanged: { totalRevenue: '2026-12-01..2026-12-31', departmentBreakdown: [] } } },
      ]);
    }
    expect(subscribed.get('analytics.report-changed')).toBe(1);
  });

  it('refuses the revenue to a patient, and a period the report cannot answer', async () => {
    const patient = subscriber('patient-token', LIVE_REVENUE, { from: '2026-12-01', to: '2026-12-31' });
    const backwards = subscriber('stakeholder-token', LIVE_REVENUE, { from: '2026-12-31', to: '2026-12-01' });
    const tooLong = subscriber('stakeholder-token', LIVE_REVENUE, { from: '2020-01-01', to: '2026-01-01' });
    const notADate = subscriber('stakeholder-token', LIVE_REVENUE, { from: 'yesterday', to: '2026-12-01' });
    const missing = subscriber('stakeholder-token', LIVE_REVENUE, { from: '2026-12-01' });
    await eventually(() => [patient, backwards, tooLong, notADate, missing].every((received) => received.length > 0));
    const codes = (received: unknown[]) =>
      (received[0] as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code);
    expect(codes(patient)).toEqual(['FORBIDDEN']);
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(codes(notADate)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(missing)).toContain('$to');
    expect(subscribed.get('analytics.report-changed')).toBeUndefined();
  });

  it("tells a waiting patient of her own offers on her lobby, as the event has them, and nobody else's", async () => {
    const patient = subscriber('patient-token', SLOT_OFFERED, { patientId: 'p-1' });
    const desk = subscriber('desk-token', SLOT_OFFERED, { patientId: 'p-1' });
    const stranger = subscriber('other-patient-token', SLOT_OFFERED, { patientId: 'p-1' });
    await listening((n) => slotOfferedEvent(`probe-${n}`), patient, desk);
    expect(stranger).toEqual([[expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]]);

    await bus.publish(slotOfferedEvent('o-2', 'p-2'));
    await bus.publish(slotOfferedEvent('o-1'));
    await eventually(() => patient.length === 1 && desk.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(ran.map((run) => run.variables)).toEqual([{ __lobbySlotOfferId: 'o-1' }, { __lobbySlotOfferId: 'o-1' }]);
    expect(ran[0]!.query).toContain('slotOffered: slotOffer(id: $__lobbySlotOfferId)');
    expect(patient).toEqual([
      {
        data: {
          slotOffered: {
            id: 'o-1',
            status: 'OFFERED',
            start: '2026-12-07T09:00:00.000Z',
            expiresAt: '2026-12-01T09:15:00.000Z',
          },
        },
      },
    ]);
    expect([...subscribed.keys()]).toEqual(['lobby.patient.p-1']);
  });
});

describe('the lobby server at its limits', () => {
  let server: Server;
  let bus: InProcessEventBus;
  let sessions: InProcessSessionRegistry;
  let lobby: { dispose(): Promise<void> };
  const open: WebSocket[] = [];

  beforeEach(async () => {
    server = await listeningServer();
    bus = new InProcessEventBus();
    sessions = new InProcessSessionRegistry();
    lobby = testLobby({
      httpServer: server,
      sessions,
      bus,
      runQuery: async (_document, _variables) => cancelledSince('', 'a-1'),
    });
  });

  afterEach(async () => {
    for (const socket of open.splice(0)) socket.terminate();
    await lobby.dispose();
    await bus.close();
    await closeServer(server);
  });

  /** A raw graphql-ws socket: what the server sends, and the close code once it closes. */
  async function socket(): Promise<{ ws: WebSocket; messages: Record<string, unknown>[]; closed: Promise<number> }> {
    const ws = new WebSocket(wsUrl(server), 'graphql-transport-ws');
    open.push(ws);
    const messages: Record<string, unknown>[] = [];
    ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as Record<string, unknown>));
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return { ws, messages, closed };
  }

  async function signedIn(token: string) {
    const opened = await socket();
    opened.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await eventually(() => opened.messages.some((message) => message['type'] === 'connection_ack'));
    return opened;
  }

  it('closes a socket whose message is over the limit, without reading it whole', async () => {
    const { ws, closed } = await socket();
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'x'.repeat(64 * 1024) } }));
    expect(await closed).toBe(1009);
  });

  it("closes every socket of a user whose sessions end, and nobody else's", async () => {
    const [first, second, other] = [
      await signedIn('desk-token'),
      await signedIn('desk-token'),
      await signedIn('other-desk-token'),
    ];
    await sessions.announce([{ userId: 'desk', validFrom: 1 }]);
    expect(await first.closed).toBe(4403);
    expect(await second.closed).toBe(4403);
    expect(other.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('closes a socket that does not sign in within the wait', async () => {
    const { closed } = await socket();
    expect(await closed).toBe(4408);
  });

  it('refuses a subscription over the per-socket limit and keeps the others', async () => {
    const { ws, messages } = await signedIn('doctor-token');
    for (const id of ['1', '2', '3', '4']) {
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: LOBBY, variables: { doctorId: 'd-1' } } }));
    }
    await eventually(() => messages.some((message) => message['type'] === 'error'));
    const refused = messages.filter((message) => message['type'] === 'error');
    expect(refused).toEqual([
      {
        id: '4',
        type: 'error',
        payload: [expect.objectContaining({ extensions: expect.objectContaining({ limit: 'subscriptions' }) })],
      },
    ]);
    await bus.publish(requestedEvent('a-1'));
    await eventually(() => messages.filter((message) => message['type'] === 'next').length === 3);
  });

  it("refuses a user's socket over the per-user limit until one of theirs closes", async () => {
    const sockets = [];
    for (let i = 0; i < SOCKET_LIMITS.maxSocketsPerUser; i += 1) sockets.push(await signedIn('doctor-token'));
    const refused = await socket();
    refused.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer doctor-token' } }));
    expect(await refused.closed).toBe(4429);
    await signedIn('desk-token');
    sockets[0]!.ws.close();
    await sockets[0]!.closed;
    await eventually(() => true);
    await signedIn('doctor-token');
  });
});

describe('the lobby server, asked by pages of other origins', () => {
  let server: Server;
  let lobby: { dispose(): Promise<void> };
  let bus: InProcessEventBus;

  beforeEach(async () => {
    server = await listeningServer();
    bus = new InProcessEventBus();
    lobby = testLobby({
      httpServer: server,
      bus,
      runQuery: async () => ({ data: null }),
      originAllowed: websocketOriginAllowed(['https://app.hospital.example']),
    });
  });

  afterEach(async () => {
    await lobby.dispose();
    await bus.close();
    await closeServer(server);
  });

  const upgrade = (origin?: string) => upgradeStatus(wsUrl(server), origin);

  it('refuses an upgrade from a page whose origin is not allowed, before the socket opens', async () => {
    expect(await upgrade('https://evil.example')).toBe(403);
    expect(await upgrade('null')).toBe(403);
  });

  it('opens one from an allowed origin, from a page of its own host, and from a client that is no page', async () => {
    expect(await upgrade('https://app.hospital.example')).toBe(101);
    expect(await upgrade(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)).toBe(101);
    expect(await upgrade()).toBe(101);
  });
});

describe('followUpKey', () => {
  it('is the same only for the same credentials, query and variables', () => {
    const key = followUpKey('Bearer a', 'query { x }', { v: 1 });
    expect(followUpKey('Bearer a', 'query { x }', { v: 1 })).toBe(key);
    expect(followUpKey('Bearer b', 'query { x }', { v: 1 })).not.toBe(key);
    expect(followUpKey('Bearer a', 'query { y }', { v: 1 })).not.toBe(key);
    expect(followUpKey('Bearer a', 'query { x }', { v: 2 })).not.toBe(key);
    expect(followUpKey('Bearer a', 'query { x }', {})).not.toBe(key);
  });
});

async function eventually(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
