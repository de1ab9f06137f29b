import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createTokenVerifier, viewerFromHeader, type TokenVerifier, type Viewer } from './auth.js';
import { createClock, type Clock } from './clock.js';
import { createDataSource, isDatabaseReachable, migrate, type SubgraphTables } from './database.js';
import { createEventBus, type EventBus, type Unsubscribe } from './events/event-bus.js';
import { OutboxRelay } from './events/outbox.js';
import { UnitOfWork } from './events/unit-of-work.js';
import { internalFieldsPlugin } from './limits/internal-fields.js';
import { serviceFieldsPlugin, type ServiceFields } from './limits/service-fields.js';
import { createLogger, type Logger } from './logger.js';
import { watchDatabase } from './metrics/runtime.js';
import { setQueryLogging } from './query-log.js';
import { startHttpService, type HttpService, type RequestContext } from './server.js';
import { createSessionRegistry, type SessionRegistry } from './sessions.js';
import { databaseOptionsOf, type SubgraphConfig } from './subgraph-config.js';

/** What a caller may hand a subgraph factory: tests and the embedded stack share a bus and a logger. */
export interface SubgraphOptions {
  env?: NodeJS.ProcessEnv;
  bus?: EventBus;
  /** Whose sessions have ended; the embedded stack shares one among its subgraphs and gateway. */
  sessions?: SessionRegistry;
  logger?: Logger;
  /** Apply pending migrations at start. Default: only on the embedded SQLite file. */
  migrate?: boolean;
}

/** Every subgraph resolver's context starts with this; each subgraph adds its services and loaders. */
export interface SubgraphContext extends RequestContext {
  viewer: Viewer | null;
}

/** The process-wide parts of a subgraph: built once, shared by every request. */
export interface Runtime<Extra = unknown> {
  config: SubgraphConfig<Extra>;
  logger: Logger;
  dataSource: DataSource;
  bus: EventBus;
  relay: OutboxRelay;
  uow: UnitOfWork;
  verifier: TokenVerifier;
  sessions: SessionRegistry;
  clock: Clock;
  migrateOnStart: boolean;
  ownsBus: boolean;
  /** Whether the session registry is this subgraph's own, to start and close (else the stack's). */
  ownsSessions: boolean;
}

export function createRuntime<Extra>(
  config: SubgraphConfig<Extra>,
  tables: SubgraphTables,
  options: SubgraphOptions = {},
): Runtime<Extra> {
  const logger =
    options.logger?.child({ component: config.name }) ?? createLogger({ name: config.name, level: config.logLevel });
  const dataSource = createDataSource({ ...databaseOptionsOf(config), logger, ...tables });
  if (config.sqlLog) setQueryLogging(true);
  const bus =
    options.bus ??
    createEventBus(
      { redisUrl: config.redisUrl, stream: config.eventStream, retentionHours: config.eventRetentionHours },
      (error) => logger.warn({ err: error }, 'event bus error'),
    );
  const relay = new OutboxRelay(dataSource, bus, logger, {
    name: config.name,
    republishHours: config.eventRetentionHours,
  });
  const clock = createClock(config.clockOffsetMinutes, config.nodeEnv === 'production', logger);
  const sessions =
    options.sessions ??
    createSessionRegistry({ redisUrl: config.redisUrl, prefix: config.eventStream }, (error) =>
      logger.warn({ err: error }, 'session registry error'),
    );
  return {
    config,
    logger,
    dataSource,
    bus,
    relay,
    uow: new UnitOfWork(dataSource, relay, clock),
    verifier: createTokenVerifier(config.auth, sessions),
    sessions,
    clock,
    migrateOnStart: options.migrate ?? !config.databaseUrl,
    ownsBus: !options.bus,
    ownsSessions: !options.sessions,
  };
}

export interface Subgraph {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  start(): Promise<HttpService>;
  stop(): Promise<void>;
}

export interface SubgraphServing<C extends SubgraphContext> {
  schema: GraphQLSchema;
  /**
   * Adds the subgraph's services and a fresh set of DataLoaders to each request's context.
   * Fresh, because a loader keeps what it read: shared between requests, it would hand one
   * caller's rows, and what that caller was allowed to see, to the next, long out of date.
   */
  context: (base: SubgraphContext, req: Request) => C;
  /**
   * Runs once the schema is migrated, before the port opens: the replica's background
   * work (seed a bootstrap account, start a consumer), skipped when BACKGROUND_WORK=off.
   */
  onStart?: () => Promise<void>;
  /** Runs when the subgraph stops, after its port has closed (stop a consumer). */
  onStop?: () => Promise<void>;
  /**
   * Starts the subgraph's consumer group with the background work, before `onStart`; what it
   * answers stops it when the subgraph stops, before `onStop`.
   */
  consume?: () => Promise<Unsubscribe>;
  /** The internal root fields a service identity may call here, by the scope each needs; none by default. */
  serviceFields?: ServiceFields;
  /** The largest request body read, when a subgraph needs more than MAX_BODY. */
  maxBody?: string;
}

/** Opens the database (migrating where asked), starts the outbox relay, then serves. */
export function createSubgraph<C extends SubgraphContext>(runtime: Runtime, serving: SubgraphServing<C>): Subgraph {
  const { config, logger, dataSource } = runtime;
  let http: HttpService | undefined;
  let stopWatching: (() => void) | undefined;
  let stopConsuming: Unsubscribe | undefined;
  return {
    name: config.name,
    schema: serving.schema,
    dataSource,
    async start() {
      await dataSource.initialize();
      if (runtime.migrateOnStart) {
        const applied = await migrate(dataSource);
        if (applied.length) logger.info({ applied }, 'migrations applied');
      } else if (await dataSource.showMigrations()) {
        throw new Error(`${config.name}: the database has pending migrations; run \`pnpm migrate\` first`);
      }
      if (runtime.ownsSessions) await runtime.sessions.start();
      if (config.backgroundWork) {
        stopConsuming = await serving.consume?.();
        await serving.onStart?.();
        runtime.relay.start();
      } else {
        logger.info('BACKGROUND_WORK=off: serving requests only (no relay, consumers or workers)');
      }
      http = await startHttpService<C>({
        name: config.name,
        port: config.port,
        host: config.host,
        logger,
        // The gateway's fetches wrap a selection in `_entities { ... on Type }`: one level more than the client asked.
        documentLimits: { ...config.documentLimits, depth: config.documentLimits.depth + 1 },
        serve: serving.schema,
        ...(serving.maxBody ? { maxBody: serving.maxBody } : {}),
        introspection: config.nodeEnv !== 'production',
        plugins: [internalFieldsPlugin<C>(), serviceFieldsPlugin<C>(serving.serviceFields ?? {})],
        // What needs no event is served while Redis is away: the events side is reported, not required.
        ready: async () => {
          const database = await isDatabaseReachable(dataSource);
          return {
            ready: database,
            checks: { database, events: runtime.bus.ready(), sessions: runtime.sessions.ready() },
          };
        },
        context: async (req, base) => {
          const viewer = await viewerFromHeader(runtime.verifier, req.header('authorization'));
          return serving.context({ ...base, viewer }, req);
        },
      });
      // Once it serves: a subgraph that failed to start leaves nothing to read.
      stopWatching = watchDatabase(config.name, dataSource, runtime.clock);
      return http;
    },
    async stop() {
      await http?.stop();
      if (config.backgroundWork) {
        await stopConsuming?.();
        await serving.onStop?.();
        await runtime.relay.stop();
      }
      if (runtime.ownsBus) await runtime.bus.close();
      if (runtime.ownsSessions) await runtime.sessions.close();
      // Before the database goes: a scrape must not query a closed pool.
      stopWatching?.();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
