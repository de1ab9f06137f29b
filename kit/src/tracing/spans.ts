import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import type { EventEnvelope, EventOrigin } from '../events/catalogue.js';
import { currentRequestId, runInRequest } from '../request-scope.js';

/** The kit's own spans: requests served, events published, applied and delivered. */
const tracer = trace.getTracer('@hospital/kit');

/** The origin of an event emitted now; none when there is neither a trace nor a request. */
export function currentOrigin(): EventOrigin | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const requestId = currentRequestId();
  const origin: EventOrigin = {
    ...(carrier['traceparent'] ? { traceparent: carrier['traceparent'] } : {}),
    ...(carrier['tracestate'] ? { tracestate: carrier['tracestate'] } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return Object.keys(origin).length ? origin : undefined;
}

function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/**
 * Runs `work` in a span that continues the trace of the request that caused
 * `event` (its child, across the outbox, Redis and the process boundary), and
 * in that request's scope, so that its log lines, its SQL and the events it
 * emits in turn carry the same trace and request id.
 */
export function inEventSpan<T>(
  name: string,
  kind: SpanKind.PRODUCER | SpanKind.CONSUMER,
  event: Pick<EventEnvelope, 'id' | 'type' | 'origin'>,
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  const parent: Context = propagation.extract(ROOT_CONTEXT, event.origin ?? {});
  const requestId = event.origin?.requestId;
  const scoped = requestId ? (run: () => Promise<T>) => runInRequest(requestId, run) : (run: () => Promise<T>) => run();
  return tracer.startActiveSpan(
    name,
    {
      kind,
      attributes: {
        'messaging.system': 'redis',
        'messaging.message.id': event.id,
        'hospital.event.type': event.type,
        ...attributes,
      },
    },
    parent,
    (span) =>
      scoped(async () => {
        try {
          return await work();
        } catch (error) {
          failed(span, error);
          throw error;
        } finally {
          span.end();
        }
      }),
  );
}

/**
 * The server span of each request a service answers on /graphql, continuing the
 * trace its caller sent (the gateway's fetch, another subgraph's call, a
 * browser's own `traceparent`). What the request does (SQL, Redis, calls on)
 * runs inside it; it ends when the answer has gone.
 */
export function traceRequests(service: string): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      `${req.method} /graphql`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'hospital.service': service, 'http.request.method': req.method, 'url.path': '/graphql' },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names on the request's span the operation it ran (no variables: they carry personal data). */
export function nameOperation(operationName: string | null | undefined, operationType: string | undefined): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  if (operationName) span.setAttribute('graphql.operation.name', operationName);
  if (operationType) span.setAttribute('graphql.operation.type', operationType);
}
