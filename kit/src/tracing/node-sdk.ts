import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { PersonalDataFilter } from './personal-data.js';
import { traceSampler } from './sampler.js';
import type { TracingOptions } from './sdk.js';

/**
 * The OTLP exporter of the protocol the standard variables ask for (traces' own,
 * else the general one; `http/protobuf` by default), which reads its endpoint,
 * headers and timeout from them too. Made here rather than by the SDK so that
 * every span passes the PersonalDataFilter on its way out; batched by the SDK
 * (OTEL_BSP_*).
 */
function otlpExporter(env: NodeJS.ProcessEnv = process.env): SpanExporter {
  const protocol =
    env['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']?.trim() || env['OTEL_EXPORTER_OTLP_PROTOCOL']?.trim() || 'http/protobuf';
  if (protocol === 'grpc') return new GrpcExporter();
  if (protocol === 'http/json') return new JsonExporter();
  return new ProtobufExporter();
}

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
 * OTEL_RESOURCE_ATTRIBUTES) stand; sampling is `traceSampler`'s, and no span leaves
 * with an error's words in it (PersonalDataFilter).
 */
export function startNodeSdk(options: TracingOptions): NodeSDK {
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    ...(options.exporter
      ? { spanProcessors: [new SimpleSpanProcessor(new PersonalDataFilter(options.exporter))] }
      : { traceExporter: new PersonalDataFilter(otlpExporter()) }),
    sampler: traceSampler(),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new UndiciInstrumentation(),
      new MySQL2Instrumentation({ maskStatement: true }),
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    ],
  });
  sdk.start();
  return sdk;
}
