import { context, ROOT_CONTEXT, SpanKind, trace, type Attributes } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { eventually } from '../testing/index.js';
import { currentRequestId, runInRequest } from '../request-scope.js';
import { traceSampler } from './sampler.js';
import { startTracing, stopTracing } from './sdk.js';
import { currentOrigin, inEventSpan } from './spans.js';

const exporter = new InMemorySpanExporter();
const tracer = trace.getTracer('test');
/** A span once it has reached the exporter (which waits for the resource's detected attributes first). */
async function finished(name: string): Promise<ReadableSpan> {
  let span: ReadableSpan | undefined;
  await eventually(() => {
    span = exporter.getFinishedSpans().find((each) => each.name === name);
    expect(span).toBeDefined();
  });
  return span!;
}

describe('traces across events and into the logs', () => {
  beforeAll(() => startTracing({ serviceName: 'test', exporter }));
  afterAll(() => stopTracing());
  beforeEach(() => exporter.reset());

  it('carries a request’s trace and id in an event’s origin, and continues both where it is applied', async () => {
    const origin = await runInRequest('req-1', () =>
      tracer.startActiveSpan('request', { kind: SpanKind.SERVER }, (span) => {
        span.end();
        return currentOrigin();
      }),
    );
    expect(origin).toEqual({
      traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
      requestId: 'req-1',
    });

    const seen = await inEventSpan(
      'billing apply appointments.completed',
      SpanKind.CONSUMER,
      { id: 'e1', type: 'appointments.completed', origin },
      {},
      async () => ({
        requestId: currentRequestId(),
        emitted: currentOrigin(),
      }),
    );
    const request = await finished('request');
    const applied = await finished('billing apply appointments.completed');
    expect(applied.spanContext().traceId).toBe(request.spanContext().traceId);
    expect(applied.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(applied.kind).toBe(SpanKind.CONSUMER);
    // What the consumer emits in turn goes on in the same trace, under the same request id.
    expect(seen.requestId).toBe('req-1');
    expect(seen.emitted?.traceparent).toContain(request.spanContext().traceId);
  });

  it('begins a trace of its own for an event no request caused, and marks a failure on its span without the error’s words', async () => {
    await expect(
      inEventSpan('audit apply audit.recorded', SpanKind.CONSUMER, { id: 'e2', type: 'audit.recorded' }, {}, () =>
        Promise.reject(new Error("Duplicate entry 'olena@example.com' for key 'email'")),
      ),
    ).rejects.toThrow('Duplicate entry');
    const applied = await finished('audit apply audit.recorded');
    expect(applied.parentSpanContext).toBeUndefined();
    expect(applied.status.code).toBe(2);
    expect(applied.events.map((event) => event.name)).toContain('exception');
    // What the error said may be what a person typed: the span leaves with its type, not its words.
    expect(JSON.stringify({ status: applied.status, events: applied.events })).not.toContain('olena');
    expect(applied.events[0]?.attributes).toMatchObject({
      'exception.type': 'Error',
      'exception.message': '[redacted]',
    });
    expect(applied.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes the request id and the trace id on every line logged within them, and neither outside', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger(
      { name: 'test', level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    runInRequest('req-2', () =>
      tracer.startActiveSpan('request', (span) => {
        logger.info('inside');
        span.end();
      }),
    );
    logger.info('outside');
    const request = await finished('request');
    expect(lines[0]).toMatchObject({
      requestId: 'req-2',
      traceId: request.spanContext().traceId,
      spanId: request.spanContext().spanId,
    });
    expect(lines[1]).not.toHaveProperty('requestId');
    expect(lines[1]).not.toHaveProperty('traceId');
  });
});

describe('which traces are begun', () => {
  const sampler = traceSampler({});
  const statement = { 'db.system.name': 'mysql', 'db.query.text': 'SELECT 1' };
  const decide = (kind: SpanKind, parent = ROOT_CONTEXT, attributes: Attributes = {}) =>
    sampler.shouldSample(parent, '0af7651916cd43dd8448eb211c80319c', 'span', kind, attributes, []).decision;
  const sampledParent = trace.setSpanContext(context.active(), {
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    traceFlags: 1,
    isRemote: true,
  });

  it('keeps a request, an event or a call that begins a trace, and drops a background poll', () => {
    expect(decide(SpanKind.SERVER)).toBe(2);
    expect(decide(SpanKind.PRODUCER)).toBe(2);
    expect(decide(SpanKind.CLIENT)).toBe(2);
    expect(decide(SpanKind.CLIENT, ROOT_CONTEXT, statement)).toBe(0);
    expect(decide(SpanKind.CLIENT, ROOT_CONTEXT, { 'db.system': 'redis' })).toBe(0);
  });

  it('keeps a statement made within a kept trace', () => {
    expect(decide(SpanKind.CLIENT, sampledParent, statement)).toBe(2);
  });

  it('keeps the share OTEL_TRACES_SAMPLER_ARG asks for', () => {
    const none = traceSampler({ OTEL_TRACES_SAMPLER_ARG: '0' });
    expect(
      none.shouldSample(ROOT_CONTEXT, '0af7651916cd43dd8448eb211c80319c', 's', SpanKind.SERVER, {}, []).decision,
    ).toBe(0);
    // Empty, as compose passes a variable .env leaves out: unset, so all.
    const unset = traceSampler({ OTEL_TRACES_SAMPLER_ARG: '' });
    expect(
      unset.shouldSample(ROOT_CONTEXT, '0af7651916cd43dd8448eb211c80319c', 's', SpanKind.SERVER, {}, []).decision,
    ).toBe(2);
  });
});
