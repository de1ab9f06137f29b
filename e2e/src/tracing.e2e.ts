import { randomUUID } from 'node:crypto';
import { AppointmentRequestedDocument, RequestAppointmentDocument } from '@hospital/client';
import { startTracing, stopTracing } from '@hospital/kit';
import {
  eventually,
  inMemorySpans,
  startOtlpReceiver,
  type CollectedSpan,
  type SpanCollector,
} from '@hospital/kit/testing';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { lobbyClient, subscribe } from './lobby.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

const SERVER = 2;
const CONSUMER = 5;

/**
 * Where the spans go. Distributed, every process exports over OTLP/HTTP (JSON) to
 * a receiver of the test's own, as to a collector; embedded, the whole supergraph
 * is this process, whose SDK writes to an in-memory exporter.
 */
async function collector(): Promise<{ env: Record<string, string>; spans: SpanCollector; start(): Promise<void> }> {
  if (MODE === 'distributed') {
    const receiver = await startOtlpReceiver();
    return {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      spans: receiver,
      start: async () => {},
    };
  }
  const exporter = new InMemorySpanExporter();
  return {
    env: {},
    spans: { spans: () => inMemorySpans(exporter, 'stack'), close: stopTracing },
    start: () => startTracing({ serviceName: 'stack', exporter }),
  };
}

const traced = await collector();

describe.runIf(await supergraphAvailable())(`one trace across the supergraph (${MODE})`, () => {
  beforeAll(() => traced.start());
  const current = useWorld({ env: traced.env });
  afterAll(() => traced.spans.close());

  it('follows a booking from the gateway into the subgraphs, the SQL and Redis behind them, and every event consumer', async () => {
    const world = current();
    const { service, doctor } = await world.clinic({ doctor: 'Olena Trace' });
    const patient = await world.patient('Daryna Trace');
    const socket = lobbyClient(world.supergraph.gatewayUrl, doctor.token);
    const lobby = await subscribe(socket, AppointmentRequestedDocument, { doctorId: doctor.id });

    const requestId = `trace-${randomUUID()}`;
    const input = {
      patientId: patient.id,
      doctorId: doctor.id,
      serviceId: service.id,
      preferredTime: at(mondayAhead(), '10:00'),
      reason: 'Check-up',
    };
    dataOf(await world.execute(RequestAppointmentDocument, { input }, patient.token, { 'x-request-id': requestId }));
    await lobby.waitFor(1);

    let trace: CollectedSpan[] = [];
    const serversOf = () =>
      new Set(trace.filter((span) => span.kind === SERVER).map((span) => span.attributes['hospital.service']));
    await eventually(() => {
      const booking = traced.spans
        .spans()
        .find(
          (span) =>
            span.kind === SERVER &&
            span.attributes['hospital.service'] === 'gateway' &&
            span.attributes['graphql.operation.name'] === 'RequestAppointment',
        );
      expect(booking).toBeDefined();
      trace = traced.spans.spans().filter((span) => span.traceId === booking!.traceId);
      // The gateway's plan fetches from appointments, patients and doctors, each serving it in this trace.
      expect([...serversOf()].sort()).toEqual(
        expect.arrayContaining(['appointments', 'doctors', 'gateway', 'patients']),
      );
      // The event it caused, applied by durable consumers and delivered to the doctor's lobby, in the same trace.
      const consumed = trace.filter((span) => span.kind === CONSUMER).map((span) => span.name);
      expect(consumed).toContain('deliver appointments.requested');
      expect(consumed.filter((name) => name.endsWith(' apply appointments.requested')).length).toBeGreaterThanOrEqual(
        2,
      );
      expect(trace.map((span) => span.name)).toContain('publish appointments.requested');
      // One tree, not pieces: every span has its parent within the trace but the first (the gateway's
      // request, or embedded, where this test's own fetch is traced too, the fetch that sent it).
      const ids = new Set(trace.map((span) => span.spanId));
      expect(trace.filter((span) => !span.parentSpanId || !ids.has(span.parentSpanId))).toHaveLength(1);
    }, 15_000);

    // Apollo's gateway spans and the fetch of each subgraph are part of it.
    const scopes = new Set(trace.map((span) => span.scope));
    expect(scopes).toContain('apollo/gateway-js');
    expect(scopes).toContain('@opentelemetry/instrumentation-undici');

    if (MODE === 'distributed') {
      // Each process under its own name, and the database and Redis work inside the trace.
      expect([...new Set(trace.map((span) => span.service))]).toEqual(
        expect.arrayContaining(['gateway', 'appointments', 'doctors', 'patients']),
      );
      const sql = trace.filter((span) => span.scope === '@opentelemetry/instrumentation-mysql2');
      expect(sql.length).toBeGreaterThan(0);
      // Statements go with their literals masked: no value a patient typed reaches the exporter.
      const statements = sql.map((span) => String(span.attributes['db.query.text'] ?? span.attributes['db.statement']));
      expect(statements.join('\n')).not.toContain('Check-up');
      expect(trace.some((span) => span.scope === '@opentelemetry/instrumentation-ioredis')).toBe(true);
    }

    // Every log line of the request carries its id and the trace's.
    const traceId = trace[0]!.traceId;
    await eventually(() => {
      const lines = world.supergraph.logs().filter((line) => line['requestId'] === requestId);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((line) => line['traceId'] === traceId)).toBe(true);
      // Distributed, lines from the gateway's process and from appointments' (embedded, all are the stack's).
      if (MODE === 'distributed') {
        expect([...new Set(lines.map((line) => line['service']))]).toEqual(
          expect.arrayContaining(['gateway', 'appointments']),
        );
      }
    });
    await socket.client.dispose();
  });
});
