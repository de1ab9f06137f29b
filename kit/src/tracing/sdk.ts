import { type SpanKind, type Attributes, type Context, type Link } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  ParentBasedSampler,
  SamplingDecision,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SamplingResult,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';

/**
 * Whether traces are wanted: an OTLP endpoint is named (the standard variables,
 * for all signals or for traces alone) and the SDK is not switched off. Without
 * one nothing is started, hooked or buffered.
 */
export function tracingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return false;
  return Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
}

export interface TracingOptions {
  serviceName: string;
  /**
   * Where spans go, each as soon as it ends (a test's in-memory exporter). Without
   * it, the OTLP exporter the standard variables describe (OTEL_EXPORTER_OTLP_*:
   * endpoint, protocol, headers), batched.
   */
  exporter?: SpanExporter;
}

/**
 * Which traces are begun. A database or Redis command outside any trace is a
 * background poll (the outbox relay's SELECT every second, a scrape's count, a
 * consumer's blocking read): never recorded, or the exporter would carry mostly
 * those. Anything else that begins a trace (a request, an event published, a
 * call a background job makes) is kept at the ratio OTEL_TRACES_SAMPLER_ARG
 * gives (all by default); a span with a parent follows its parent, so a trace is
 * kept or dropped whole.
 */
class RequestsNotPolls implements Sampler {
  constructor(private readonly ratio: Sampler) {}

  shouldSample(
    context: Context,
    traceId: string,
    name: string,
    kind: SpanKind,
    attributes: Attributes,
    links: Link[],
  ): SamplingResult {
    if (attributes['db.system.name'] !== undefined || attributes['db.system'] !== undefined) {
      return { decision: SamplingDecision.NOT_RECORD };
    }
    return this.ratio.shouldSample(context, traceId, name, kind, attributes, links);
  }

  toString(): string {
    return `RequestsNotPolls{${this.ratio.toString()}}`;
  }
}

export function traceSampler(env: NodeJS.ProcessEnv = process.env): Sampler {
  // Empty is unset (compose passes an unset variable on as empty), not a ratio of 0.
  const given = env['OTEL_TRACES_SAMPLER_ARG']?.trim();
  const ratio = given ? Number(given) : 1;
  const share = Number.isFinite(ratio) ? Math.min(Math.max(ratio, 0), 1) : 1;
  return new ParentBasedSampler({ root: new RequestsNotPolls(new TraceIdRatioBasedSampler(share)) });
}

let running: NodeSDK | undefined;

/**
 * Starts OpenTelemetry's Node SDK for traces only: metrics are Prometheus's
 * (`/metrics`) and logs are pino's lines, each carrying its trace id. Spans come
 * from Apollo's gateway (its own), the kit (each request a subgraph serves,
 * each event a consumer applies or the lobby delivers) and three
 * instrumentations:
 * - undici: every outgoing HTTP call (the gateway's subgraph fetches, calls
 *   between subgraphs), which also carries the trace context to the callee;
 * - mysql2: every SQL statement, its literals masked: TypeORM sends values
 *   apart from the text, and whatever a statement holds inline stays out;
 * - ioredis: every Redis command, named only: keys and arguments hold ids,
 *   addresses and event bodies.
 * The SDK's defaults (W3C trace context and baggage, resource attributes from
 * OTEL_RESOURCE_ATTRIBUTES) stand; sampling is `traceSampler`'s.
 */
export function startTracing(options: TracingOptions): void {
  if (running) return;
  running = new NodeSDK({
    serviceName: options.serviceName,
    ...(options.exporter ? { spanProcessors: [new SimpleSpanProcessor(options.exporter)] } : {}),
    sampler: traceSampler(),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new UndiciInstrumentation(),
      new MySQL2Instrumentation({ maskStatement: true }),
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    ],
  });
  running.start();
}

/** Sends what is still buffered and stops; called as the process shuts down. */
export async function stopTracing(): Promise<void> {
  const sdk = running;
  running = undefined;
  await sdk?.shutdown();
}
