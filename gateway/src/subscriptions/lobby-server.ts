import type { IncomingMessage, Server } from 'node:http';
import {
  newId,
  viewerFromHeader,
  type DocumentLimits,
  type RateLimitedError,
  type Logger,
  type SessionRegistry,
  type TokenVerifier,
  type Viewer,
} from '@hospital/kit';
import { type EventBus, type EventType, type Topic } from '@hospital/kit/events';
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { lobbyEventsDelivered, lobbySubscriptionsOpen } from '../metrics.js';
import { asOfEvent } from './as-of-event.js';
import type { AnyPayload, FieldArguments } from './declaration.js';
import { badRequest, isPlan, LobbyPlans, type LobbyPlan } from './plans.js';
import { LobbyTopics } from './topics.js';

/** Runs a query through the gateway as the subscriber, with their credentials. */
export type RunQuery = (
  document: DocumentNode,
  variables: Record<string, unknown>,
  caller: { authorization: string; viewer: Viewer; requestId: string },
) => Promise<FormattedExecutionResult>;

/** What one socket and one user may hold (docs/rules.md#limits). */
export interface SocketLimits {
  /** The largest message read; a larger frame closes the socket before it is read whole. */
  maxMessageBytes: number;
  /** How long a socket may stay open without a `connection_init`. */
  connectionInitWaitMs: number;
  maxSubscriptionsPerSocket: number;
  /** Open sockets per signed-in user, on this gateway replica. */
  maxSocketsPerUser: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  maxMessageBytes: 64 * 1024,
  connectionInitWaitMs: 10_000,
  maxSubscriptionsPerSocket: 100,
  maxSocketsPerUser: 20,
};

export interface LobbyServerOptions {
  httpServer: Server;
  /** The composed API schema: subscriptions are validated against it. */
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  /** Whose sessions end: their open sockets are closed at once. */
  sessions: Pick<SessionRegistry, 'validFrom' | 'onEnded'>;
  /** Only listened to: the topics of the subscription fields (`fields/`). */
  bus: Pick<EventBus, 'subscribe'>;
  logger: Logger;
  runQuery: RunQuery;
  documentLimits: DocumentLimits;
  socketLimits: SocketLimits;
  /**
   * Whether the page an upgrade comes from may open a socket (CORS_ORIGINS): browsers apply no CORS to
   * websockets, so a refusal here, 403 before the socket opens, is the only one there is. Unset: any.
   */
  originAllowed?: (request: IncomingMessage) => boolean;
  /** The address's request budget, spent by each upgrade: a refusal answers 429 before the socket opens. */
  admit?: (request: IncomingMessage) => Promise<RateLimitedError | undefined>;
  /** How often the server pings each socket, so that dead peers are noticed. */
  keepAliveMs?: number;
}

interface Connection {
  viewer: Viewer;
  authorization: string;
  expiry: NodeJS.Timeout;
}

interface Watch {
  plan: LobbyPlan;
  topic: Topic;
  /** The field's arguments: which events concern this subscriber. */
  args: FieldArguments;
  /** The subscription's variables that the follow-up query declares. */
  variables: Record<string, unknown>;
  connection: Connection;
}

/** What one event is about as a subscriber's follow-up query read it, before the as-of-event shaping. */
interface FollowUp {
  data: Record<string, unknown>;
  /** Fields the viewer may not see come with their errors, as in a query. */
  errors?: GraphQLError[];
}

/** One event's follow-up results by `followUpKey`: subscribers with the same key share one query. */
type SharedFollowUps = Map<string, Promise<FollowUp | undefined>>;

/** graphql-ws closes with 4403 for a socket whose credentials no longer hold. */
const FORBIDDEN_CLOSE = 4403;
/** A user with as many sockets open as they may have: the HTTP 429 of websockets. */
const TOO_MANY_SOCKETS_CLOSE = 4429;
/** setTimeout cannot wait longer than this; a token valid for longer is checked again then. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

const forbidden = (message: string) => [new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })];

/**
 * Two subscribers' follow-up queries of one event give the same result when they
 * are the same query with the same variables, run with the same credentials: the
 * viewer, and so every permission, follows from the authorization alone.
 */
export function followUpKey(authorization: string, followUpText: string, variables: Record<string, unknown>): string {
  return JSON.stringify([authorization, followUpText, variables]);
}

/**
 * The lobby server: the gateway's graphql-ws subscriptions on the same `/graphql` path as HTTP, serving
 * every field declared in `fields/` alike. Authentication on `connection_init`
 * (the socket closes when the token expires), authorization per subscribe (the
 * field's `mayWatch`, docs/rules.md#roles) and per event (the follow-up query reads what the
 * event is about as the subscriber). Each topic is subscribed on the bus while
 * anyone watches it, and each event's follow-up query runs once for all its
 * subscribers with the same credentials, query and variables.
 */
export function startLobbyServer(options: LobbyServerOptions): { dispose(): Promise<void> } {
  const limits = options.socketLimits;
  const sockets = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: limits.maxMessageBytes,
    verifyClient: (info, done) => {
      // Judged before the budget: a page that may not connect spends none of its address's requests.
      if (options.originAllowed && !options.originAllowed(info.req)) {
        return done(false, 403, 'This origin may not open a socket here');
      }
      if (!options.admit) return done(true);
      options.admit(info.req).then(
        (refusal) => {
          const retryAfter = refusal?.extensions['retryAfterSeconds'];
          if (refusal) done(false, 429, refusal.message, { 'retry-after': String(retryAfter) });
          else done(true);
        },
        () => done(false, 500),
      );
    },
  });
  const connections = new WeakMap<object, Connection>();
  /** Each signed-in user's open sockets on this replica. */
  const socketsOf = new Map<string, Set<WebSocket>>();
  options.sessions.onEnded(({ userId, validFrom }) => {
    for (const socket of socketsOf.get(userId) ?? []) {
      const connection = connections.get(socket);
      if (connection && connection.viewer.sessionVersion < validFrom) socket.close(FORBIDDEN_CLOSE, 'Session ended');
    }
  });
  const plans = new LobbyPlans(options.schema, options.documentLimits);
  const topics = new LobbyTopics<SharedFollowUps>(options.bus, () => new Map());

  const cleanup = useServer(
    {
      schema: options.schema,
      connectionInitWaitTimeout: limits.connectionInitWaitMs,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.['authorization'];
        if (typeof authorization !== 'string') return false;
        const viewer = await viewerFromHeader(options.verifier, authorization).catch(() => null);
        // The socket may have gone while the token was checked: nothing is counted for it then.
        const { socket } = ctx.extra;
        if (!viewer || socket.readyState !== socket.OPEN) return false;
        const open = socketsOf.get(viewer.id) ?? new Set<WebSocket>();
        if (open.size >= limits.maxSocketsPerUser) {
          socket.close(TOO_MANY_SOCKETS_CLOSE, `At most ${limits.maxSocketsPerUser} sockets per user`);
          return false;
        }
        // Ended while the token was being checked: the announcement has passed this socket by.
        if (viewer.sessionVersion < options.sessions.validFrom(viewer.id)) return false;
        socketsOf.set(viewer.id, open.add(socket));
        const untilExpiry = Math.max(0, Math.min(viewer.expiresAt * 1000 - Date.now(), LONGEST_TIMER_MS));
        const expiry = setTimeout(() => socket.close(FORBIDDEN_CLOSE, 'Token expired'), untilExpiry);
        connections.set(socket, { viewer, authorization, expiry });
        return true;
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return;
        clearTimeout(connection.expiry);
        const open = socketsOf.get(connection.viewer.id);
        open?.delete(ctx.extra.socket);
        if (!open?.size) socketsOf.delete(connection.viewer.id);
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return forbidden('Sign in on connection_init');
        // graphql-ws has already reserved this subscription's id, so it is counted here.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(`At most ${limits.maxSubscriptionsPerSocket} subscriptions per socket`, {
              extensions: { code: 'BAD_USER_INPUT', limit: 'subscriptions', allowed: limits.maxSubscriptionsPerSocket },
            }),
          ];
        }
        const plan = plans.plan(payload.query, payload.operationName);
        if (!isPlan(plan)) return [...plan];
        const { lobby, watched } = plan;
        let topic: Topic;
        if (lobby.argument === undefined) {
          if (!lobby.mayWatch(connection.viewer)) return forbidden(`You may not subscribe to ${plan.field}`);
          topic = lobby.topic();
        } else {
          const watchedId = watched && 'variable' in watched ? payload.variables?.[watched.variable] : watched?.value;
          if (typeof watchedId !== 'string') return badRequest(`${lobby.argument} is required`);
          if (!lobby.mayWatch(connection.viewer, watchedId)) return forbidden('You may not watch this lobby');
          topic = lobby.topic(watchedId);
        }
        const coerced = argumentsOf(options.schema, plan, payload.variables);
        if ('errors' in coerced) return coerced.errors;
        const { args } = coerced;
        const problems = lobby.problems?.(args) ?? [];
        if (problems.length) return problems.flatMap(badRequest);
        const variables = Object.fromEntries(
          plan.followUpVariables.flatMap((name) =>
            payload.variables && name in payload.variables ? [[name, payload.variables[name]]] : [],
          ),
        );
        const watch: Watch = { plan, topic, args, variables, connection };
        return {
          schema: options.schema,
          document: plan.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: watch,
        } satisfies ExecutionArgs;
      },
      subscribe: (args) => watchLobby(args.contextValue as Watch, topics, options),
    },
    sockets,
    options.keepAliveMs ?? 12_000,
  );
  // A frame over maxPayload makes ws close the socket (1009) and emit an error, which
  // graphql-ws would print to the console as an internal fault; it is the client's.
  sockets.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => options.logger.info({ reason: error.message }, 'websocket closed on a bad frame'));
  });

  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

/**
 * The field's arguments as a resolver would get them (variables coerced to
 * their types, defaults applied), or why they cannot be.
 */
function argumentsOf(
  schema: GraphQLSchema,
  plan: LobbyPlan,
  variables: Record<string, unknown> | null | undefined,
): { args: FieldArguments } | { errors: readonly GraphQLError[] } {
  const coerced = getVariableValues(schema, plan.operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return { errors: coerced.errors };
  try {
    return { args: getArgumentValues(plan.definition, plan.fieldNode, coerced.coerced) };
  } catch (error) {
    return { errors: [error as GraphQLError] };
  }
}

/**
 * Runs one event's follow-up query for whoever asks first among the subscribers
 * sharing `followUpKey`; a fault is logged once, not once per subscriber. What
 * the subscriber may not see (FORBIDDEN, NOT_FOUND) is not theirs to hear: the
 * subgraphs answer from the data as committed, so asking again would not change
 * that (docs/decisions.md, "The lobby").
 */
async function followUp(
  watch: Watch,
  payload: AnyPayload,
  type: EventType,
  options: LobbyServerOptions,
): Promise<FollowUp | undefined> {
  const { plan, connection } = watch;
  const byId = plan.lobby.followUp.byId;
  const variables = { ...watch.variables, ...(byId ? { [byId.variable]: byId.of(payload) } : {}) };
  let result: FormattedExecutionResult;
  try {
    result = await options.runQuery(plan.followUp, variables, {
      authorization: connection.authorization,
      viewer: connection.viewer,
      requestId: newId(),
    });
  } catch (error) {
    options.logger.error({ err: error, type }, 'lobby event could not be resolved');
    return undefined;
  }
  const data = (result.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[plan.responseKey];
  if (data) {
    // A field the subscriber may not see comes with its error, as in a query.
    const errors = result.errors?.map(
      (error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
    );
    return { data, ...(errors ? { errors } : {}) };
  }
  const codes = result.errors?.map((error) => error.extensions?.['code']) ?? [];
  if (!codes.every((code) => code === 'FORBIDDEN' || code === 'NOT_FOUND')) {
    options.logger.error({ codes, type }, 'a lobby event could not be resolved');
  }
  return undefined;
}

/**
 * One subscription: an async iterator over the lobby's events, each resolved by
 * the follow-up query. Written by hand so that leaving stops listening at once,
 * not at the next event as an async generator would.
 */
async function watchLobby(
  watch: Watch,
  topics: LobbyTopics<SharedFollowUps>,
  options: LobbyServerOptions,
): Promise<AsyncIterableIterator<ExecutionResult>> {
  const { plan } = watch;
  const counted = { field: plan.field };
  const ready: ExecutionResult[] = [];
  const waiting: ((result: IteratorResult<ExecutionResult>) => void)[] = [];
  let finished = false;
  // Events are resolved one after another, so they reach the subscriber in the order they happened.
  let previous: Promise<void> = Promise.resolve();

  const deliver = (result: ExecutionResult) => {
    lobbyEventsDelivered.inc(counted);
    const next = waiting.shift();
    if (next) next({ value: result, done: false });
    else ready.push(result);
  };

  const resolveEvent = async (type: EventType, payload: AnyPayload, shared: SharedFollowUps) => {
    if (finished) return;
    const key = followUpKey(watch.connection.authorization, plan.followUpText, watch.variables);
    let pending = shared.get(key);
    if (!pending) {
      pending = followUp(watch, payload, type, options);
      shared.set(key, pending);
    }
    const resolved = await pending;
    if (!resolved || finished) return;
    const shown = asOfEvent(resolved.data, plan.eventFields, payload);
    deliver({ data: { [plan.responseKey]: shown }, ...(resolved.errors ? { errors: resolved.errors } : {}) });
  };

  const stop = await topics.listen(watch.topic, (event, shared) => {
    if (finished || !plan.lobby.events.includes(event.type)) return;
    const { payload } = event;
    if (plan.lobby.concerns && !plan.lobby.concerns(payload, watch.args)) return;
    previous = previous
      .then(() => resolveEvent(event.type, payload, shared))
      .catch((error: unknown) => options.logger.error({ err: error }, 'lobby event could not be resolved'));
  });

  lobbySubscriptionsOpen.inc(counted);

  const finish = async (): Promise<IteratorResult<ExecutionResult>> => {
    if (!finished) {
      finished = true;
      lobbySubscriptionsOpen.dec(counted);
      await stop();
      for (const next of waiting.splice(0)) next({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  };

  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => {
      const value = ready.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
