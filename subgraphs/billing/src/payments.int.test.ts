import { randomUUID } from 'node:crypto';
import { Role } from '@hospital/kit';
import { RedisEventBus } from '@hospital/kit/events';
import {
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  startSubgraphForTest,
  TEST_REDIS_URL,
  testToken,
  type GraphQLResponse,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingModule } from './app.js';
import { PAY, visitEnded } from './testing/visit-ending.fixture.js';

interface Paid {
  payInvoice: { id: string; amount: string; invoice: { id: string; status: string } };
}

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))(
  'payInvoice under concurrency (MariaDB): the database decides every race',
  () => {
    const stream = `test:events:${randomUUID()}`;
    const appointments = new RedisEventBus(TEST_REDIS_URL, () => {}, stream);
    let running: SubgraphForTest;
    let desk: string;
    const patientId = randomUUID();

    beforeAll(async () => {
      desk = await testToken({ id: randomUUID(), role: Role.STAFF });
      running = await startSubgraphForTest(billingModule, { database: 'billing_payments', stream });
    });
    afterAll(async () => {
      await running?.close();
      await appointments.close();
    });

    const sql = <T>(query: string, parameters: unknown[] = []) =>
      running.subgraph.dataSource.query(query, parameters) as Promise<T[]>;
    /** A pending invoice of 11.03 (10.50 and its tax), made as every invoice is: from a completed visit. */
    async function pendingInvoice(): Promise<string> {
      const event = visitEnded('appointments.completed', { patientId, priceCents: 1_050 });
      await appointments.publish(event);
      let id: string | undefined;
      await eventually(async () => {
        id = (
          await sql<{ id: string }>('SELECT id FROM invoices WHERE appointment_id = ?', [event.payload.appointmentId])
        )[0]?.id;
        expect(id).toBeDefined();
      });
      return id!;
    }
    const pay = (invoiceId: string, idempotencyKey: string, method = 'CARD'): Promise<GraphQLResponse<Paid>> =>
      graphqlRequest<Paid>(running.url, PAY, { input: { invoiceId, amount: '11.03', method, idempotencyKey } }, desk);
    const count = async (query: string, parameters: unknown[]) =>
      Number((await sql<{ n: number | string }>(query, parameters))[0]?.n);
    const paidEventsOf = (invoiceId: string) =>
      count("SELECT COUNT(*) AS n FROM outbox WHERE type = 'billing.invoice-paid' AND payload LIKE ?", [
        `%"invoiceId":"${invoiceId}"%`,
      ]);
    const paymentEntriesOf = (invoiceId: string) =>
      count("SELECT COUNT(*) AS n FROM outbox WHERE type = 'audit.recorded' AND payload LIKE ? AND payload LIKE ?", [
        '%"action":"invoice.pay"%',
        `%"subjectId":"${invoiceId}"%`,
      ]);

    it('charges once for 100 simultaneous retries with one key, and answers every one with that payment', async () => {
      const invoiceId = await pendingInvoice();
      const key = `storm-${randomUUID()}`;
      const answers = await Promise.all(Array.from({ length: 100 }, () => pay(invoiceId, key)));
      expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
      const paymentIds = new Set(answers.map((answer) => answer.data?.payInvoice.id));
      expect(paymentIds.size).toBe(1);
      expect(answers.every((answer) => answer.data?.payInvoice.invoice.status === 'PAID')).toBe(true);
      expect(await count('SELECT COUNT(*) AS n FROM payments WHERE invoice_id = ?', [invoiceId])).toBe(1);
      expect(await sql('SELECT status FROM invoices WHERE id = ?', [invoiceId])).toEqual([{ status: 'PAID' }]);
      expect(await paidEventsOf(invoiceId)).toBe(1);

      // A retry long after returns the same payment and charges nothing more.
      const later = await pay(invoiceId, key);
      expect(later.data?.payInvoice.id).toBe([...paymentIds][0]);
      expect(await count('SELECT COUNT(*) AS n FROM payments WHERE invoice_id = ?', [invoiceId])).toBe(1);
    });

    it('lets exactly one of many simultaneous payments with different keys pay an invoice', async () => {
      const invoiceId = await pendingInvoice();
      const answers = await Promise.all(Array.from({ length: 30 }, () => pay(invoiceId, `rival-${randomUUID()}`)));
      const paid = answers.filter((answer) => answer.data?.payInvoice);
      const refused = answers.filter((answer) => answer.errors);
      expect(paid).toHaveLength(1);
      expect(refused).toHaveLength(29);
      for (const answer of refused) {
        expect(answer.errors?.[0]?.extensions).toMatchObject({
          code: 'BUSINESS_RULE_VIOLATION',
          rule: 'INVALID_TRANSITION',
          status: 'PAID',
        });
      }
      expect(await count('SELECT COUNT(*) AS n FROM payments WHERE invoice_id = ?', [invoiceId])).toBe(1);
      expect(await paidEventsOf(invoiceId)).toBe(1);
      // The desk's payment is in the audit trail once: the refused ones rolled their entries back with them.
      expect(await paymentEntriesOf(invoiceId)).toBe(1);
    });

    it('gives one key to one request when two invoices race for it', async () => {
      const [first, second] = await Promise.all([pendingInvoice(), pendingInvoice()]);
      const key = `shared-${randomUUID()}`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => pay(i % 2 ? first : second, key, i % 2 ? 'CARD' : 'CASH')),
      );
      const winners = new Set(answers.flatMap((answer) => (answer.data ? [answer.data.payInvoice.invoice.id] : [])));
      expect(winners.size).toBe(1);
      const codes = answers.flatMap((answer) => answer.errors?.map((error) => error.extensions?.['code']) ?? []);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
      const loser = winners.has(first) ? second : first;
      expect(await sql('SELECT status FROM invoices WHERE id = ?', [loser])).toEqual([{ status: 'PENDING' }]);
      expect(await count('SELECT COUNT(*) AS n FROM payments WHERE idempotency_key = ?', [key])).toBe(1);
    });
  },
);
