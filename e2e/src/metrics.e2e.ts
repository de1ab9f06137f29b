import { randomBytes, randomUUID } from 'node:crypto';
import {
  AppointmentDetailDocument,
  AppointmentRequestedDocument,
  CompleteAppointmentDocument,
  PayInvoiceDocument,
} from '@hospital/client';
import {
  eventually,
  labelProblems,
  metricsUrlOf,
  samplesOf,
  scrapeMetrics,
  valueOf,
  type MetricSample,
} from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { lobbyClient, subscribe } from './lobby.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

/** The most series one metric may have after this suite's traffic (a histogram's buckets count as one). */
const MAX_SERIES = 150;

describe.runIf(await supergraphAvailable())(`GET /metrics (${MODE})`, () => {
  // Its counters (a payment refused, a lobby open, dead letters) are the process's, which other files move too.
  const current = useWorld({ own: true });

  it('counts a booking, a visit billed, a payment refused and the operations behind them, with bounded labels', async () => {
    const world = current();
    const { supergraph } = world;
    const { department, service, doctor } = await world.clinic({ doctor: 'Olena Metric', price: '105.00' });
    const patient = await world.patient('Daryna Metric');
    const socket = lobbyClient(supergraph.gatewayUrl, doctor.token);
    const lobby = await subscribe(socket, AppointmentRequestedDocument, { doctorId: doctor.id });
    const monday = mondayAhead();

    const id = await world.approvedVisit(patient, doctor, service.id, at(monday, '10:00'));
    await lobby.waitFor(1);
    const later = await world.at(at(monday, '10:45'));
    dataOf(await later(CompleteAppointmentDocument, { id }, doctor.token));
    let invoice: { id: string; total: string } | null | undefined;
    await eventually(async () => {
      invoice = dataOf(await world.execute(AppointmentDetailDocument, { id }, patient.token)).appointment?.invoice;
      expect(invoice).toBeTruthy();
    });
    const wrongAmount = {
      invoiceId: invoice!.id,
      amount: '1.00',
      method: 'CARD' as const,
      idempotencyKey: randomUUID(),
    };
    expect(codeOf(await world.execute(PayInvoiceDocument, { input: wrongAmount }, patient.token))).toBe(
      'BAD_USER_INPUT',
    );

    // What a client may send that no label may keep: names of its own, names not in the document, ids.
    const post = (body: Record<string, unknown>) =>
      fetch(supergraph.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${patient.token}` },
        body: JSON.stringify(body),
      });
    for (let i = 0; i < 20; i += 1) {
      await post({ query: `query Op_${randomBytes(16).toString('hex')} { __typename }` });
      await post({ query: 'query A { __typename } query B { __typename }', operationName: randomUUID() });
    }
    for (let i = 0; i < 5; i += 1) await world.execute(AppointmentDetailDocument, { id: randomUUID() }, patient.token);

    const gatewayMetrics = metricsUrlOf(supergraph.gatewayUrl);
    const appointmentsMetrics = metricsUrlOf(supergraph.subgraphUrl('appointments'));
    const billingMetrics = metricsUrlOf(supergraph.subgraphUrl('billing'));
    let gateway: MetricSample[] = [];
    let appointments: MetricSample[] = [];
    let billing: MetricSample[] = [];
    // The latency is observed right after the invoice commits, a moment after a reader can see it.
    await eventually(async () => {
      [gateway, appointments, billing] = await Promise.all([
        scrapeMetrics(gatewayMetrics),
        scrapeMetrics(appointmentsMetrics),
        scrapeMetrics(billingMetrics),
      ]);
      expect(valueOf(billing, 'bill_creation_latency_ms_count', { service: 'billing' })).toBeGreaterThan(0);
    });

    // The seeds' business metrics, where the subgraph that counts them serves them.
    const booked = { service: 'appointments', department: department.name };
    expect(valueOf(appointments, 'appointments_created_total', booked)).toBe(1);
    expect(samplesOf(billing, 'bill_creation_latency_ms_bucket', { kind: 'CONSULTATION' }).length).toBeGreaterThan(1);
    expect(valueOf(billing, 'payments_failed_total', { service: 'billing', reason: 'amount_mismatch' })).toBe(1);

    // RED at the gateway, by the contract's operation names; anything else is `other`.
    const gatewayOwn = { service: 'gateway' };
    expect(
      valueOf(gateway, 'graphql_operations_total', {
        ...gatewayOwn,
        operation: 'RequestAppointment',
        outcome: 'success',
      }),
    ).toBeGreaterThan(0);
    expect(valueOf(gateway, 'graphql_operations_total', { ...gatewayOwn, operation: 'other' })).toBeGreaterThanOrEqual(
      40,
    );
    expect(
      valueOf(gateway, 'graphql_operation_errors_total', {
        ...gatewayOwn,
        operation: 'PayInvoice',
        code: 'BAD_USER_INPUT',
      }),
    ).toBe(1);
    expect(valueOf(gateway, 'graphql_operation_duration_seconds_count', { operation: 'SignIn' })).toBeGreaterThan(0);
    expect(
      valueOf(gateway, 'subgraph_fetch_total', { ...gatewayOwn, subgraph: 'appointments', outcome: 'success' }),
    ).toBeGreaterThan(0);
    expect(valueOf(gateway, 'lobby_subscriptions_open', { field: 'appointmentRequested' })).toBe(1);
    expect(valueOf(gateway, 'lobby_events_delivered_total', { field: 'appointmentRequested' })).toBeGreaterThan(0);

    // The backlogs, read at the scrape.
    expect(samplesOf(appointments, 'outbox_unsent_events', { service: 'appointments' })).toHaveLength(1);
    expect(samplesOf(appointments, 'outbox_oldest_unsent_age_seconds', { service: 'appointments' })).toHaveLength(1);
    expect(samplesOf(billing, 'dead_letter_events', { service: 'billing' })).toEqual([
      expect.objectContaining({ value: 0 }),
    ]);
    expect(samplesOf(billing, 'event_consumer_lag', { service: 'billing', group: 'billing' })).toHaveLength(1);
    expect(samplesOf(billing, 'event_consumer_pending', { service: 'billing', group: 'billing' })).toHaveLength(1);
    // The embedded default's SQLite file has no pool.
    const pool = samplesOf(billing, 'db_pool_connections', { service: 'billing' });
    if (MODE === 'distributed') expect(pool[0]?.value).toBeGreaterThan(0);
    else expect(pool).toEqual([]);

    for (const samples of [gateway, appointments, billing]) {
      expect(samplesOf(samples, 'process_cpu_user_seconds_total')).toHaveLength(1);
      expect(labelProblems(samples, MAX_SERIES)).toEqual([]);
    }
    await socket.client.dispose();
  });
});
