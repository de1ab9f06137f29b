import type { Server } from 'node:http';
import {
  newId,
  viewerFromHeader,
  type AppointmentEventPayload,
  type EventBus,
  type EventEnvelope,
  type Logger,
  type TokenVerifier,
  type Viewer,
} from '@hospital/kit';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { asOfEvent, eventFieldsOf } from './as-of-event.js';
import { APPOINTMENT_ID_VARIABLE, followUpQuery } from './follow-up.js';
import { LOBBY_FIELDS, type LobbyField } from './lobby.js';

/** Runs a query through the gateway as the subscriber, with their credentials. */
export type RunQuery = (
  document: DocumentNode,
  variables: Record<string, unknown>,
  caller: { authorization: string; viewer: Viewer; requestId: string },
) => Promise<FormattedExecutionResult>;

export interface LobbyServerOptions {
  httpServer: Server;
  /** The composed API schema: subscriptions are validated against it. */
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  bus: EventBus;
  logger: Logger;
  runQuery: RunQuery;
  /** How often the server pings each socket, so that dead peers are noticed. */
  keepAliveMs?: number;
}

interface Connection {
  viewer: Viewer;
  authorization: string;
  expiry: NodeJS.Timeout;
}

interface Watch {
  lobby: LobbyField;
  watchedId: string;
  query: DocumentNode;
  responseKey: string;
  /** The selected fields the event itself knows, shown as of the event. */
  eventFields: ReturnType<typeof eventFieldsOf>;
  connection: Connection;
}

/** graphql-ws closes with 4403 for a socket whose credentials no longer hold. */
const FORBIDDEN_CLOSE = 4403;
/** setTimeout cannot wait longer than this; a token valid for longer is checked again then. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

const forbidden = (message: string) => [new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })];
const badRequest = (message: string) => [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];

/**
 * The gateway's subscription engine on the same `/graphql` path as HTTP.
 * Authentication on `connection_init` (the socket closes when the token expires),
 * authorization per subscribe (RULES.md's lobby table) and per event (the
 * follow-up query reads the appointment as the subscriber). Each subscription
 * listens to one lobby topic on the bus while it lives, and to nothing after.
 */
export function startLobbyServer(options: LobbyServerOptions): { dispose(): Promise<void> } {
  const sockets = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const connections = new WeakMap<object, Connection>();

  const cleanup = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.['authorization'];
        if (typeof authorization !== 'string') return false;
        const viewer = await viewerFromHeader(options.verifier, authorization).catch(() => null);
        if (!viewer) return false;
        const untilExpiry = Math.max(0, Math.min(viewer.expiresAt * 1000 - Date.now(), LONGEST_TIMER_MS));
        const expiry = setTimeout(() => ctx.extra.socket.close(FORBIDDEN_CLOSE, 'Token expired'), untilExpiry);
        connections.set(ctx.extra.socket, { viewer, authorization, expiry });
        return true;
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection) clearTimeout(connection.expiry);
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return forbidden('Sign in on connection_init');
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const invalid = validate(options.schema, document);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return badRequest('Only subscriptions are served over this socket; send queries and mutations over HTTP');
        }
        const field = operation.selectionSet.selections[0];
        if (field?.kind !== Kind.FIELD) return badRequest('Select the subscription field itself, not a fragment of it');
        const lobby = LOBBY_FIELDS[field.name.value];
        if (!lobby) return badRequest(`${field.name.value} is not served by the lobby`);
        const argument = field.arguments?.find((node) => node.name.value === lobby.argument)?.value;
        const watchedId =
          argument?.kind === Kind.VARIABLE
            ? payload.variables?.[argument.name.value]
            : argument?.kind === Kind.STRING
              ? argument.value
              : undefined;
        if (typeof watchedId !== 'string') return badRequest(`${lobby.argument} is required`);
        if (!lobby.mayWatch(connection.viewer, watchedId)) return forbidden('You may not watch this lobby');
        const watch: Watch = {
          lobby,
          watchedId,
          connection,
          query: followUpQuery(document, operation, field),
          responseKey: field.alias?.value ?? field.name.value,
          eventFields: eventFieldsOf(field.selectionSet, fragmentsOf(document)),
        };
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: watch,
        } satisfies ExecutionArgs;
      },
      subscribe: (args) =>
        watchLobby(args.contextValue as Watch, (args.variableValues ?? {}) as Record<string, unknown>, options),
    },
    sockets,
    options.keepAliveMs ?? 12_000,
  );

  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

/**
 * One subscription: an async iterator over the lobby's events, each resolved by
 * the follow-up query. Written by hand so that leaving unsubscribes from the bus
 * at once, not at the next event as an async generator would.
 */
async function watchLobby(
  watch: Watch,
  variables: Record<string, unknown>,
  options: LobbyServerOptions,
): Promise<AsyncIterableIterator<ExecutionResult>> {
  const ready: ExecutionResult[] = [];
  const waiting: ((result: IteratorResult<ExecutionResult>) => void)[] = [];
  let finished = false;
  // Events are resolved one after another, so they reach the subscriber in the order they happened.
  let previous: Promise<void> = Promise.resolve();

  const deliver = (result: ExecutionResult) => {
    const next = waiting.shift();
    if (next) next({ value: result, done: false });
    else ready.push(result);
  };

  const resolveEvent = async (event: EventEnvelope) => {
    if (finished || !watch.lobby.types.includes(event.type)) return;
    const payload = event.payload as AppointmentEventPayload;
    const result = await options.runQuery(
      watch.query,
      { ...variables, [APPOINTMENT_ID_VARIABLE]: payload.appointmentId },
      { authorization: watch.connection.authorization, viewer: watch.connection.viewer, requestId: newId() },
    );
    const current = (result.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[
      watch.responseKey
    ];
    if (!current) {
      // Not for this subscriber to see (FORBIDDEN, NOT_FOUND): not theirs to hear. Anything else is a fault.
      const codes = result.errors?.map((error) => error.extensions?.['code']) ?? [];
      if (!codes.every((code) => code === 'FORBIDDEN' || code === 'NOT_FOUND')) {
        options.logger.error({ codes, type: event.type }, 'a lobby event could not be resolved');
      }
      return;
    }
    const appointment = asOfEvent(current, watch.eventFields, payload);
    // A field the subscriber may not see comes with its error, as in a query.
    const errors = result.errors?.map(
      (error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
    );
    if (!finished) deliver({ data: { [watch.responseKey]: appointment }, ...(errors ? { errors } : {}) });
  };

  const unsubscribe = await options.bus.subscribe(watch.lobby.topic(watch.watchedId), (event) => {
    previous = previous
      .then(() => resolveEvent(event))
      .catch((error: unknown) => options.logger.error({ err: error }, 'lobby event could not be resolved'));
    return previous;
  });

  const finish = async (): Promise<IteratorResult<ExecutionResult>> => {
    if (!finished) {
      finished = true;
      await unsubscribe();
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

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
}
