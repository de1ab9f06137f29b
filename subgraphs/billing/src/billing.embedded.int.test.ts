import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Role, type HttpService, type Subgraph } from '@hospital/kit';
import { InProcessEventBus } from '@hospital/kit/events';
import { eventually, graphqlRequest, TEST_JWT_SECRET, testToken } from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingSubgraph } from './app.js';
import { INVOICES, PAY, visitEnded } from './testing/visit-ending.fixture.js';

interface Paid {
  payInvoice: { id: string; invoice: { status: string } };
}
interface Page {
  invoices: {
    totalCount: number;
    edges: { node: { id: string; createdAt: string } }[];
    pageInfo: { endCursor: string | null };
  };
}

/** The embedded default: the same migrations and code on a SQLite file, events on the in-process bus. */
describe('billing on the embedded SQLite file', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'billing-'));
  const bus = new InProcessEventBus();
  let subgraph: Subgraph;
  let http: HttpService;
  let desk: string;
  const patientId = randomUUID();

  beforeAll(async () => {
    desk = await testToken({ id: randomUUID(), role: Role.STAFF });
    subgraph = await createBillingSubgraph({
      env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, BILLING_PORT: '0', DATA_DIR: dataDir },
      bus,
    });
    http = await subgraph.start();
  });
  afterAll(async () => {
    await subgraph?.stop();
    await bus.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const invoiceOf = async (appointmentId: string) =>
    (
      (await subgraph.dataSource.query('SELECT id FROM invoices WHERE appointment_id = ?', [appointmentId])) as {
        id: string;
      }[]
    )[0]?.id;
  async function pendingInvoice(): Promise<string> {
    const event = visitEnded('appointments.completed', { patientId, priceCents: 1_050 });
    await bus.publish(event);
    let id: string | undefined;
    await eventually(async () => expect((id = await invoiceOf(event.payload.appointmentId))).toBeDefined());
    return id!;
  }
  const pay = (invoiceId: string, idempotencyKey: string) =>
    graphqlRequest<Paid>(
      http.url,
      PAY,
      { input: { invoiceId, amount: '11.03', method: 'CASH', idempotencyKey } },
      desk,
    );

  it('charges once per key and once per invoice', async () => {
    const invoiceId = await pendingInvoice();
    const key = `embedded-${randomUUID()}`;
    const retries = await Promise.all(Array.from({ length: 20 }, () => pay(invoiceId, key)));
    expect(new Set(retries.map((answer) => answer.data?.payInvoice.id)).size).toBe(1);
    expect(retries.every((answer) => answer.data?.payInvoice.invoice.status === 'PAID')).toBe(true);
    const rival = await pay(invoiceId, `rival-${randomUUID()}`);
    expect(rival.errors?.[0]?.extensions?.['rule']).toBe('INVALID_TRANSITION');
    const rows = await subgraph.dataSource.query('SELECT id FROM payments WHERE invoice_id = ?', [invoiceId]);
    expect(rows).toHaveLength(1);
  });

  it('pages newest first', async () => {
    const made = [await pendingInvoice(), await pendingInvoice(), await pendingInvoice()];
    const list = (after?: string | null) =>
      graphqlRequest<Page>(http.url, INVOICES, { filter: { patientId }, first: 2, after }, desk).then(
        (answer) => answer.data!.invoices,
      );
    const first = await list();
    const second = await list(first.pageInfo.endCursor);
    const nodes = [...first.edges, ...second.edges].map((edge) => edge.node);
    expect(first.totalCount).toBe(4);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(4);
    expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining(made));
    const times = nodes.map((node) => node.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
