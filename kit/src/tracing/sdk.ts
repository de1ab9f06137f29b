import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

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

let running: Promise<NodeSDK> | undefined;

/**
 * Starts the SDK (node-sdk.ts), loaded only now: with tracing off no process pays
 * for it (about a third of a second and 30 MB each).
 */
export function startTracing(options: TracingOptions): Promise<void> {
  running ??= import('./node-sdk.js').then(({ startNodeSdk }) => startNodeSdk(options));
  return running.then(() => undefined);
}

/** Sends what is still buffered and stops; called as the process shuts down. */
export async function stopTracing(): Promise<void> {
  const sdk = running;
  running = undefined;
  await (await sdk)?.shutdown();
}
