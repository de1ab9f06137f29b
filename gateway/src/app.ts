import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ConfigError,
  contractOperationNames,
  createLogger,
  credentialFieldCount,
  createSessionRegistry,
  createTokenVerifier,
  ForbiddenError,
  formatClientError,
  isService,
  operationMetricsPlugin,
  runInRequest,
  startHttpService,
  viewerFromHeader,
  type HttpService,
  type Logger,
  type RequestContext,
  type SessionRegistry,
  type Viewer,
} from '@hospital/kit';
import { createEventBus, type EventBus } from '@hospital/kit/events';
import { Supergraph } from '@apollo/federation-internals';
import { GraphQLError, print } from 'graphql';
import { loadGatewayConfig, type GatewayConfig } from './config.js';
import { corsMiddleware, websocketOriginAllowed } from './cors.js';
import { introspectionPlugin } from './introspection.js';
import { measureCost } from './limits.js';
import { GATEWAY_SERVICE } from './metrics.js';
import { createGatewayRateLimits, type GatewayRateLimits } from './rate-limits.js';
import { createSubgraphAgent, SubgraphClient } from './subgraph-client.js';
import { startLobbyServer } from './subscriptions/lobby-server.js';
import { FOLLOW_UP_OPERATION } from './subscriptions/follow-up.js';

export { loadGatewayConfig } from './config.js';

export interface GatewayContext extends RequestContext {
  /** Verified before planning; forwarded as it came, for each subgraph to verify again. */
  authorization: string | undefined;
  viewer: Viewer | null;
  /** The client's address (through trusted proxies); absent for the lobby's own follow-up queries. */
  clientAddress?: string;
}

export interface GatewayOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** The embedded default hands its in-process bus; otherwise the gateway listens to Redis. */
  bus?: EventBus;
  /** Whose sessions have ended: the embedded default's, shared with its subgraphs; otherwise Redis's. */
  sessions?: SessionRegistry;
}

export interface Gateway {
  start(): Promise<HttpService>;
  stop(): Promise<void>;
}

/** Refuses an operation over the cost budget before it is planned or sent anywhere. */
function operationBudgetPlugin(config: GatewayConfig): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) =>
              definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [],
            ),
          );
          const cost = measureCost(schema, operation, fragments, request.variables ?? {});
          if (cost > config.maxCost) {
            throw new GraphQLError(
              `Operation cost ${cost} is over the gateway's budget of ${config.maxCost}; ask for less or page through it`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  limit: 'cost',
                  allowed: config.maxCost,
                  measured: cost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/** A request that signs in, signs up or changes a password spends the address's sign-in budget too. */
function credentialsBudgetPlugin(limits: GatewayRateLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.clientAddress) return;
          if (credentialFieldCount(document) > 0) await limits.credentials(contextValue.clientAddress);
        },
      };
    },
  };
}

export function createGateway(options: GatewayOptions = {}): Gateway {
  const config = loadGatewayConfig(options.env);
  const logger =
    options.logger?.child({ component: 'gateway' }) ?? createLogger({ name: 'gateway', level: config.logLevel });
  const sessions =
    options.sessions ??
    createSessionRegistry({ redisUrl: config.redisUrl, prefix: config.eventStream }, (error) =>
      logger.warn({ err: error }, 'session registry error'),
    );
  const verifier = createTokenVerifier(config.auth, sessions);
  const clients: SubgraphClient[] = [];
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const bus =
    options.bus ??
    createEventBus(
      { redisUrl: config.redisUrl, stream: config.eventStream, retentionHours: config.eventRetentionHours },
      (error) => logger.warn({ err: error }, 'event bus error'),
    );

  // The contract's operations and the lobby's own follow-up: every other name is counted as `other`.
  const knownOperations = new Set([...contractOperationNames(), FOLLOW_UP_OPERATION]);
  const rateLimits = createGatewayRateLimits(config.rateLimits, config.redisUrl, config.eventStream, logger);
  const agent = createSubgraphAgent();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const override = config.subgraphUrl(name);
      if (override && !/^https?:\/\//.test(override)) {
        throw new ConfigError([`${name.toUpperCase()}_URL: must be the http(s) URL of the subgraph's /graphql`]);
      }
      const target = override ?? url;
      if (!target) throw new ConfigError([`${name.toUpperCase()}_URL: the supergraph names no URL for ${name}`]);
      const client = new SubgraphClient(name, target, agent, config.subgraphTimeoutMs);
      clients.push(client);
      return client;
    },
  });
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  let http: HttpService | undefined;
  return {
    async start() {
      if (!options.sessions) await sessions.start();
      http = await startHttpService<GatewayContext>({
        name: 'gateway',
        port: config.port,
        host: config.host,
        logger,
        documentLimits: config.documentLimits,
        // CORS first, so that a preflight costs no budget and a 429 still reaches the web app that asked.
        guards: [
          corsMiddleware(config.corsOrigins),
          rateLimits.perRequest((authorization) => viewerFromHeader(verifier, authorization)),
        ],
        serve: (plugins, httpServer) => {
          const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
            gateway,
            plugins: [
              ...plugins,
              lobbyPlugin(() =>
                startLobbyServer({
                  httpServer,
                  schema: apiSchemaOf(supergraphSdl),
                  verifier,
                  sessions,
                  bus,
                  logger,
                  documentLimits: config.documentLimits,
                  socketLimits: config.socketLimits,
                  originAllowed: websocketOriginAllowed(config.corsOrigins),
                  admit: rateLimits.admitUpgrade,
                  runQuery: (document, variables, caller) =>
                    runInRequest(caller.requestId, async () => {
                      const response = await apollo.executeOperation(
                        { query: print(document), variables },
                        { contextValue: { ...caller, logger } },
                      );
                      return response.body.kind === 'single' ? response.body.singleResult : { data: null };
                    }),
                }),
              ),
              operationMetricsPlugin<GatewayContext>(GATEWAY_SERVICE, knownOperations),
              operationBudgetPlugin(config),
              introspectionPlugin<GatewayContext>(config.introspection),
              credentialsBudgetPlugin(rateLimits),
              config.nodeEnv === 'production'
                ? ApolloServerPluginLandingPageDisabled()
                : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
            ],
            formatError: formatClientError,
            includeStacktraceInErrorResponses: false,
            // Stated, not left to the default, for it must stay on beside CORS: it refuses what a browser
            // sends without a preflight (a form post, a plain GET), so every request a page of another
            // site gets to an operation has passed the CORS_ORIGINS check first.
            csrfPrevention: true,
            // Partners read the schema by introspection, in production too; who may is INTROSPECTION's.
            introspection: true,
            stopOnTerminationSignals: false,
          });
          return apollo;
        },
        // A bad token is refused here, before any planning; an absent one is an anonymous caller.
        context: async (req, base) => {
          const authorization = req.header('authorization');
          const viewer = await viewerFromHeader(verifier, authorization);
          if (isService(viewer)) throw new ForbiddenError('Service tokens are for calls between subgraphs');
          return { ...base, authorization, viewer, clientAddress: rateLimits.clientAddress(req) };
        },
        /*
         * Ready when it can serve: its supergraph is loaded. The subgraphs decide nothing and are
         * not asked: one of them down fails only its own fields (its breaker answers at once), and
         * were it to take every gateway replica out of the load balancer, it would take all the
         * others' fields with it. Their status is what this replica's own fetches last found.
         * Sessions and events are reported without deciding, as on every service: a Redis outage
         * must not become a total one.
         */
        ready: async () => ({
          ready: supergraphLoaded && clients.length > 0,
          checks: { supergraph: supergraphLoaded, sessions: sessions.ready(), events: bus.ready() },
          info: { subgraphs: Object.fromEntries(clients.map((client) => [client.name, client.status])) },
        }),
      });
      return http;
    },
    async stop() {
      await http?.stop();
      await agent.close();
      await rateLimits.close();
      if (!options.bus) await bus.close();
      if (!options.sessions) await sessions.close();
    },
  };
}

/** The schema clients see, subscriptions included: what the lobby validates against. */
function apiSchemaOf(supergraphSdl: string) {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Starts the lobby with the server and closes its sockets first when the server drains. */
function lobbyPlugin(start: () => { dispose(): Promise<void> }): ApolloServerPlugin<GatewayContext> {
  return {
    async serverWillStart() {
      const lobby = start();
      return {
        async drainServer() {
          await lobby.dispose();
        },
      };
    },
  };
}
