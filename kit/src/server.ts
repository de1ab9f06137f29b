import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { ErrorCode, formatClientError, isClientError } from './errors.js';
import { documentLimitsGuard, type DocumentLimits } from './limits/document.js';
import { safeTextPlugin } from './limits/text.js';
import type { Logger } from './logger.js';
import { metricsEndpoint } from './metrics/registry.js';
import { runInRequest } from './request-scope.js';
import { stopTracing } from './tracing/sdk.js';
import { nameOperation, traceRequests } from './tracing/spans.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The address of the client a gateway fetch is made for, for the audit trail. */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/** What every resolver of every subgraph can count on. */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  /** Where the request came from: the gateway's client, or whoever called this port directly. */
  clientAddress?: string;
}

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's address as the gateway forwarded it (a subgraph's port is reached
 * only from inside the deployment), else the peer's own.
 */
export function forwardedClientAddress(req: Request): string | undefined {
  const forwarded = req.header(CLIENT_ADDRESS_HEADER);
  return forwarded && ADDRESS.test(forwarded) ? forwarded : req.socket.remoteAddress;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes the caller's X-Request-Id when it is sane, or makes one; echoes it back. */
export const correlationId: RequestHandler = (req, res, next) => {
  const given = req.header(REQUEST_ID_HEADER);
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.locals['requestId'] = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
};

export const requestIdOf = (req: Request): string => String(req.res?.locals['requestId'] ?? randomUUID());

/**
 * Names the operation on the request's span; one log line per operation (name,
 * duration, error codes) with the request's correlation id, and each fault logged
 * in full once, before the client sees it masked. A client's own mistakes (NOT_FOUND, BAD_USER_INPUT…) are in that line
 * only; a service unavailable is a warning naming it. Variables are never
 * logged: they carry personal data.
 */
export function requestLoggingPlugin<C extends RequestContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName, operation }) {
          nameOperation(operationName, operation?.operation);
        },
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE) {
              const { service, detail } = unwrapResolverError(error) as { service?: string; detail?: string };
              contextValue.logger.warn(
                { service, detail, operationName },
                'a service this operation needs is unavailable',
              );
            } else if (!isClientError(error)) {
              contextValue.logger.error({ err: error.originalError ?? error, operationName }, 'operation failed');
            }
          }
        },
        async willSendResponse({ contextValue, operationName, errors }) {
          contextValue.logger.info(
            {
              operationName,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              // The gateway hands on a failed fetch as the plain Error it was, without extensions.
              ...(errors?.length
                ? { errorCodes: errors.map((error) => error.extensions?.['code'] ?? 'INTERNAL') }
                : {}),
            },
            'operation',
          );
        },
      };
    },
  };
}

/** The largest request body a service reads; a bigger one is refused before it is read whole. */
export const MAX_BODY = '1mb';

const jsonError = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { ...extensions, code } }],
});

/** What body-parser says went wrong, in the client's words; never its stack or the server's paths. */
const BODY_PROBLEMS: Record<string, string> = {
  'entity.too.large': 'The request body is larger than this server reads',
  'entity.parse.failed': 'The request body is not valid JSON',
  'encoding.unsupported': 'The request body has an encoding this server does not read',
  'charset.unsupported': 'The request body must be UTF-8',
  'request.aborted': 'The request was aborted before its body arrived',
  'request.size.invalid': 'The request body is not as long as its Content-Length says',
};

/**
 * Every error that reaches express (a body that is not JSON, too large, cut
 * short) is answered as a GraphQL error in JSON, in every mode: express's own
 * page would show a stack trace with the server's paths outside production.
 */
export const jsonErrors =
  (logger: Logger, maxBody: string): ErrorRequestHandler =>
  (error: unknown, req, res, _next) => {
    const { type, status } = (error ?? {}) as { type?: string; status?: number };
    const problem = type ? BODY_PROBLEMS[type] : undefined;
    if (problem && status && status < 500) {
      const extensions = type === 'entity.too.large' ? { limit: 'body', allowed: maxBody } : {};
      res.status(status).json(jsonError(ErrorCode.BAD_USER_INPUT, problem, extensions));
      return;
    }
    logger.error({ err: error, path: req.path }, 'request failed');
    res.status(500).json(jsonError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  };

export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
  /** What is worth knowing but decides nothing (the gateway's view of its subgraphs), shown as it is. */
  info?: Record<string, unknown>;
}

export interface HttpServiceOptions<C extends RequestContext> {
  name: string;
  port: number;
  host: string;
  logger: Logger;
  documentLimits: DocumentLimits;
  /** The largest body read, when not MAX_BODY (express's notation, e.g. '16mb'). */
  maxBody?: string;
  /** A subgraph's schema, or for the gateway, which has none of its own, how to build its server. */
  serve: GraphQLSchema | ((plugins: ApolloServerPlugin<C>[], httpServer: Server) => ApolloServer<C>);
  context: (req: Request, base: RequestContext) => Promise<C>;
  /** Whether it can serve, and the state of each dependency: only `ready` decides the status code. */
  ready: () => Promise<Readiness>;
  introspection?: boolean;
  plugins?: ApolloServerPlugin<C>[];
  /** Run on /graphql before the body is read (the gateway's CORS, then its rate limits). */
  guards?: RequestHandler[];
}

export interface HttpService {
  url: string;
  port: number;
  stop(): Promise<void>;
  httpServer: Server;
}

/**
 * Apollo Server 5 on express 5: POST/GET /graphql, GET /health (the process is
 * alive), GET /ready (it can serve: what it cannot serve without answers; for
 * the gateway its own supergraph, never the subgraphs, see gateway/src/app.ts),
 * GET /metrics (the process's metrics, for Prometheus; docs/operations.md).
 * Signals are left to the process's own wiring, which stops services in reverse
 * start order.
 */
export async function startHttpService<C extends RequestContext>(options: HttpServiceOptions<C>): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const plugins: ApolloServerPlugin<C>[] = [
    // Requests in flight get a second to finish: the process must be gone within 2 s of SIGTERM.
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 1_000 }),
    requestLoggingPlugin<C>(),
    safeTextPlugin<C>(),
    ...(options.plugins ?? []),
  ];
  const apollo =
    typeof options.serve === 'function'
      ? options.serve(plugins, httpServer)
      : new ApolloServer<C>({
          schema: options.serve,
          plugins: [...plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
          formatError: formatClientError,
          includeStacktraceInErrorResponses: false,
          introspection: options.introspection ?? true,
          stopOnTerminationSignals: false,
        });
  await apollo.start();

  app.use(correlationId);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const { ready, checks, info }: Readiness = await options.ready().catch(() => ({ ready: false, checks: {} }));
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      service: options.name,
      checks: Object.fromEntries(Object.entries(checks).map(([name, up]) => [name, up ? 'up' : 'down'])),
      ...(info ? { info } : {}),
    });
  });
  app.get('/metrics', metricsEndpoint);
  app.use(
    '/graphql',
    traceRequests(options.name),
    ...(options.guards ?? []),
    express.json({ limit: options.maxBody ?? MAX_BODY }),
    documentLimitsGuard(options.documentLimits, options.logger),
    // Entered after the body is read, so that everything the operation does runs in the request's scope.
    (req, _res, next) => runInRequest(requestIdOf(req), next),
    expressMiddleware(apollo, {
      context: async ({ req }: { req: Request }) => {
        const requestId = requestIdOf(req);
        const base = {
          requestId,
          // Its lines carry the request id (and trace id) through the logger's mixin.
          logger: options.logger,
          clientAddress: forwardedClientAddress(req),
        };
        return options.context(req, base);
      },
    }),
  );
  app.use((_req, res) => {
    res.status(404).json(jsonError(ErrorCode.NOT_FOUND, 'Nothing is served here; GraphQL is at /graphql'));
  });
  app.use(jsonErrors(options.logger, options.maxBody ?? MAX_BODY));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  options.logger.info({ url }, `${options.name} listening`);
  return {
    url,
    port,
    httpServer,
    stop: () => apollo.stop(),
  };
}

/** Stops `stoppers` in order on SIGINT/SIGTERM, then exits. */
export function stopOnSignals(logger: Logger, stoppers: (() => Promise<void>)[]): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const stopper of [...stoppers, stopTracing]) {
      await stopper().catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'));
    }
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
