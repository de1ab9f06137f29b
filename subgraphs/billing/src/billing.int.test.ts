import { randomUUID } from 'node:crypto';
import { Role } from '@hospital/kit';
import { RedisEventBus, type EventEnvelope } from '@hospital/kit/events';
import {
  auditWritten,
  codeOf,
  dataOf,
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  ruleOf,
  startSubgraphForTest,
  TEST_REDIS_URL,
  testToken,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingModule } from './app.js';
import type { VisitEnding } from './invoice/invoice.rules.js';
import {
  APPOINTMENT_INVOICE,
  INVOICE,
  INVOICE_ENTITY,
  INVOICES,
  PATIENT_INVOICES,
  PAY,
  VOID,
  visitEnded,
} from './testing/visit-ending.fixture.js';

interface PaymentView {
  id: string;
  amount: string;
  method: string;
  reference: string;
  paidAt: string;
  invoice: { id: string; status: string };
}
interface InvoiceView {
  id: string;
  kind: string;
  status: string;
  subtotal: string;
  tax: string;
  total: string;
  createdAt: string;
  appointment: { id: string };
  patient: { id: string };
  payments: Omit<PaymentView, 'invoice'>[];
}
interface Page {
  invoices: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; status: string; createdAt: string; patient: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface OutboxRow {
  type: string;
  payload: Record<string, unknown>;
}

/** Everything an audit entry holds: who, what, whose, how it ended, where from; no amount. */
const AUDIT_FIELDS = [
  'action',
  'actorId',
  'actorRole',
  'at',
  'clientAddress',
  'outcome',
  'patientId',
  'requestId',
  'subjectId',
  'subjectType',
];

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))(
  'billing on MariaDB, fed by the appointments stream on Redis',
  () => {
    const stream = `test:events:${randomUUID()}`;
    // Stands where the appointments subgraph's relay stands: it publishes to the same stream.
    const appointments = new RedisEventBus(TEST_REDIS_URL, () => {}, stream);
    let running: SubgraphForTest;

    const ids = {
      patient: randomUUID(),
      otherPatient: randomUUID(),
      staff: randomUUID(),
      admin: randomUUID(),
      doctor: randomUUID(),
      stakeholder: randomUUID(),
    };
    const roles: Record<keyof typeof ids, Role> = {
      patient: Role.PATIENT,
      otherPatient: Role.PATIENT,
      staff: Role.STAFF,
      admin: Role.ADMIN,
      doctor: Role.DOCTOR,
      stakeholder: Role.STAKEHOLDER,
    };
    const tokens = {} as Record<keyof typeof ids, string>;

    beforeAll(async () => {
      for (const who of Object.keys(ids) as (keyof typeof ids)[]) {
        tokens[who] = await testToken({ id: ids[who], role: roles[who] });
      }
      running = await startSubgraphForTest(billingModule, { stream });
    });
    afterAll(async () => {
      await running?.close();
      await appointments.close();
    });

    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      graphqlRequest<T>(running.url, query, variables, token);
    const sql = <T>(query: string, parameters: unknown[] = []) =>
      running.subgraph.dataSource.query(query, parameters) as Promise<T[]>;

    /** Publishes to the stream and waits until billing has applied the last event (it reads in order). */
    async function publish(...events: EventEnvelope[]): Promise<void> {
      for (const event of events) await appointments.publish(event);
      const last = events.at(-1)!;
      await eventually(async () =>
        expect(await sql('SELECT event_id FROM applied_events WHERE event_id = ?', [last.id])).toHaveLength(1),
      );
    }
    const invoiceIdOf = async (appointmentId: string) =>
      (await sql<{ id: string }>('SELECT id FROM invoices WHERE appointment_id = ?', [appointmentId]))[0]?.id;
    /** A visit of `patientId` that ended in a bill: its event and its invoice's id. */
    async function billed(type: VisitEnding = 'appointments.completed', patientId = ids.patient, priceCents = 1_050) {
      const event = visitEnded(type, {
        patientId,
        priceCents,
        ...(type === 'appointments.cancelled' ? { cancellationFeeCents: priceCents / 2 } : {}),
      });
      await publish(event);
      const invoiceId = await invoiceIdOf(event.payload.appointmentId);
      if (!invoiceId) throw new Error('no invoice was made');
      return { event, invoiceId };
    }
    const read = async (id: string, token = tokens.staff) =>
      dataOf(await gql<{ invoice: InvoiceView }>(INVOICE, { id }, token)).invoice;
    const pay = (invoiceId: string, token: string, over: Record<string, unknown> = {}) =>
      gql<{ payInvoice: PaymentView }>(
        PAY,
        { input: { invoiceId, amount: '11.03', method: 'CARD', idempotencyKey: randomUUID(), ...over } },
        token,
      );
    const outboxOf = async (invoiceId: string): Promise<OutboxRow[]> =>
      (await sql<{ type: string; payload: string }>('SELECT type, payload FROM outbox ORDER BY sequence'))
        .map((row) => ({ type: row.type, payload: JSON.parse(row.payload) as Record<string, unknown> }))
        .filter((event) => event.payload['invoiceId'] === invoiceId);

    describe('invoices from the appointments stream', () => {
      it('bills each ending of a visit with 5 % tax, rounded half away from zero', async () => {
        const completed = visitEnded('appointments.completed', { patientId: ids.patient, priceCents: 1_050 });
        const noShow = visitEnded('appointments.no-show', { patientId: ids.patient, priceCents: 20_000 });
        const late = visitEnded('appointments.cancelled', {
          patientId: ids.patient,
          priceCents: 10_050,
          cancellationFeeCents: 5_025,
        });
        const inTime = visitEnded('appointments.cancelled', { patientId: ids.patient, cancellationFeeCents: 0 });
        await publish(completed, noShow, late, inTime);

        const expected: [EventEnvelope<VisitEnding>, string, string, string, string][] = [
          [completed, 'CONSULTATION', '10.50', '0.53', '11.03'],
          [noShow, 'NO_SHOW_FEE', '200.00', '10.00', '210.00'],
          [late, 'CANCELLATION_FEE', '50.25', '2.51', '52.76'],
        ];
        for (const [event, kind, subtotal, tax, total] of expected) {
          const visit = event.payload;
          const id = await invoiceIdOf(visit.appointmentId);
          const invoice = await read(id!);
          expect(invoice).toMatchObject({
            kind,
            status: 'PENDING',
            subtotal,
            tax,
            total,
            appointment: { id: visit.appointmentId },
            patient: { id: ids.patient },
            payments: [],
          });
          const [row] = await sql<Record<string, unknown>>('SELECT * FROM invoices WHERE id = ?', [id]);
          expect(row).toMatchObject({
            doctor_id: visit.doctorId,
            department_id: visit.departmentId,
            service_id: visit.serviceId,
          });
          expect((row!['visit_start'] as Date).toISOString()).toBe(visit.start);
          expect(await outboxOf(id!)).toEqual([
            {
              type: 'billing.invoice-created',
              payload: {
                invoiceId: id,
                appointmentId: visit.appointmentId,
                patientId: ids.patient,
                doctorId: visit.doctorId,
                departmentId: visit.departmentId,
                kind,
                status: 'PENDING',
                subtotalCents: Math.round(Number(subtotal) * 100),
                taxCents: Math.round(Number(tax) * 100),
                totalCents: Math.round(Number(total) * 100),
                createdAt: invoice.createdAt,
              },
            },
          ]);
        }
        // Cancelled in time: nothing to bill.
        expect(await invoiceIdOf(inTime.payload.appointmentId)).toBeUndefined();
      });

      it('bills a visit once, however often its ending is delivered', async () => {
        const event = visitEnded('appointments.completed', { patientId: ids.patient });
        // Another ending of the same visit (a different event id) must not bill it twice either.
        const another = visitEnded('appointments.no-show', { ...event.payload, status: 'NO_SHOW' });
        await publish(event, event, another);
        const rows = await sql<{ id: string; kind: string }>('SELECT id, kind FROM invoices WHERE appointment_id = ?', [
          event.payload.appointmentId,
        ]);
        expect(rows).toEqual([{ id: expect.any(String), kind: 'CONSULTATION' }]);
        expect(await sql('SELECT event_id FROM applied_events WHERE event_id = ?', [event.id])).toHaveLength(1);
        expect((await outboxOf(rows[0]!.id)).map((e) => e.type)).toEqual(['billing.invoice-created']);
      });

      it('bills a visit that ended while billing was stopped once it is back', async () => {
        await running.stopSubgraph();
        const event = visitEnded('appointments.no-show', { patientId: ids.patient });
        await appointments.publish(event);
        await running.startSubgraph();
        await eventually(async () => expect(await invoiceIdOf(event.payload.appointmentId)).toBeDefined());
      });

      it('refunds a paid invoice in full when its visit is cancelled in time', async () => {
        const { event, invoiceId } = await billed();
        const payment = dataOf(await pay(invoiceId, tokens.patient)).payInvoice;
        await publish(visitEnded('appointments.cancelled', { ...event.payload, cancellationFeeCents: 0 }));
        expect((await read(invoiceId)).status).toBe('REFUNDED');
        const refunds = await sql<Record<string, unknown>>('SELECT * FROM refunds WHERE invoice_id = ?', [invoiceId]);
        expect(refunds).toEqual([
          {
            id: expect.any(String),
            invoice_id: invoiceId,
            payment_id: payment.id,
            amount_cents: 1_103,
            refunded_at: expect.any(Date),
          },
        ]);
        const events = await outboxOf(invoiceId);
        expect(events.map((e) => e.type)).toEqual([
          'billing.invoice-created',
          'billing.invoice-paid',
          'billing.invoice-refunded',
        ]);
        expect(events[2]!.payload).toMatchObject({
          status: 'REFUNDED',
          refundId: refunds[0]!['id'],
          refundedCents: 1_103,
          totalCents: 1_103,
        });
        // A refunded invoice is neither paid nor voided again.
        expect(ruleOf(await pay(invoiceId, tokens.staff))).toBe('INVALID_TRANSITION');
        expect(ruleOf(await gql(VOID, { id: invoiceId, reason: 'x' }, tokens.staff))).toBe('INVALID_TRANSITION');
      });

      it('voids a pending invoice when its visit is cancelled in time, and leaves a void one alone', async () => {
        const { event, invoiceId } = await billed();
        const cancelled = visitEnded('appointments.cancelled', { ...event.payload, cancellationFeeCents: 0 });
        await publish(cancelled);
        expect((await read(invoiceId)).status).toBe('VOID');
        const [row] = await sql<Record<string, unknown>>('SELECT * FROM invoices WHERE id = ?', [invoiceId]);
        expect(row).toMatchObject({ void_reason: 'The visit was cancelled in time', voided_by: null });
        await publish({ ...cancelled, id: randomUUID() });
        expect((await outboxOf(invoiceId)).map((e) => e.type)).toEqual([
          'billing.invoice-created',
          'billing.invoice-voided',
        ]);
        expect(await sql('SELECT id FROM refunds WHERE invoice_id = ?', [invoiceId])).toHaveLength(0);
      });
    });

    describe('payments', () => {
      it('lets a patient pay their own invoice once per key; a retry returns the first payment', async () => {
        const { invoiceId } = await billed();
        const key = `retry-${randomUUID()}`;
        const first = dataOf(await pay(invoiceId, tokens.patient, { idempotencyKey: key })).payInvoice;
        expect(first).toMatchObject({
          amount: '11.03',
          method: 'CARD',
          invoice: { id: invoiceId, status: 'PAID' },
        });
        expect(first.reference).toMatch(/^PAY-[0-9A-HJKMNP-TV-Z]{10}$/);
        expect(dataOf(await pay(invoiceId, tokens.patient, { idempotencyKey: key })).payInvoice).toEqual(first);

        // The same key for anything else is a CONFLICT, even where the input would be refused on its own.
        const { invoiceId: another } = await billed();
        expect(codeOf(await pay(invoiceId, tokens.patient, { idempotencyKey: key, method: 'CASH' }))).toBe('CONFLICT');
        expect(codeOf(await pay(invoiceId, tokens.patient, { idempotencyKey: key, amount: '11.04' }))).toBe('CONFLICT');
        expect(codeOf(await pay(another, tokens.patient, { idempotencyKey: key }))).toBe('CONFLICT');
        expect((await read(another)).status).toBe('PENDING');

        // A new key for a paid invoice: the invoice cannot be paid twice.
        expect(ruleOf(await pay(invoiceId, tokens.patient))).toBe('INVALID_TRANSITION');

        const invoice = await read(invoiceId, tokens.patient);
        expect(invoice.payments).toEqual([
          { id: first.id, amount: '11.03', method: 'CARD', reference: first.reference, paidAt: first.paidAt },
        ]);
        const [row] = await sql<Record<string, unknown>>('SELECT * FROM payments WHERE id = ?', [first.id]);
        expect(row).toMatchObject({ idempotency_key: key, paid_by: ids.patient, amount_cents: 1_103 });
        const events = await outboxOf(invoiceId);
        expect(events.map((e) => e.type)).toEqual(['billing.invoice-created', 'billing.invoice-paid']);
        expect(events[1]!.payload).toMatchObject({
          status: 'PAID',
          paymentId: first.id,
          paidAt: first.paidAt,
          totalCents: 1_103,
        });
      });

      it('treats idempotency keys that differ only in case as different keys', async () => {
        const { invoiceId } = await billed();
        const { invoiceId: another } = await billed();
        const key = `Case-${randomUUID()}`;
        dataOf(await pay(invoiceId, tokens.staff, { idempotencyKey: key }));
        dataOf(await pay(another, tokens.staff, { idempotencyKey: key.toLowerCase() }));
      });

      it('refuses amounts other than the total, and malformed keys, as BAD_USER_INPUT', async () => {
        const { invoiceId } = await billed();
        for (const over of [
          { amount: '11.02' },
          { amount: '11.04' },
          { amount: '-11.03' },
          { amount: '0.00' },
          { amount: '11.031' },
          { idempotencyKey: 'short' },
          { idempotencyKey: 'k'.repeat(129) },
        ]) {
          expect([over, codeOf(await pay(invoiceId, tokens.patient, over))]).toEqual([over, 'BAD_USER_INPUT']);
        }
        expect(dataOf(await pay(invoiceId, tokens.patient, { idempotencyKey: 'k'.repeat(128) }))).toBeTruthy();
      });

      it('lets the desk and administrators pay any invoice; nobody else but its patient', async () => {
        const { invoiceId } = await billed();
        for (const who of ['otherPatient', 'doctor', 'stakeholder'] as const) {
          expect([who, codeOf(await pay(invoiceId, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
        }
        expect(codeOf(await pay(invoiceId, ''))).toBe('UNAUTHENTICATED');
        expect(codeOf(await pay(randomUUID(), tokens.staff))).toBe('NOT_FOUND');
        expect(dataOf(await pay(invoiceId, tokens.staff)).payInvoice.invoice.status).toBe('PAID');
        const { invoiceId: byAdmin } = await billed('appointments.no-show', ids.otherPatient, 2_000);
        expect(
          dataOf(await pay(byAdmin, tokens.admin, { amount: '21.00', method: 'INSURANCE' })).payInvoice,
        ).toMatchObject({
          method: 'INSURANCE',
          amount: '21.00',
        });
      });
    });

    describe('voiding', () => {
      it('lets the desk void a pending invoice with a reason, once', async () => {
        const { invoiceId } = await billed();
        expect(codeOf(await gql(VOID, { id: invoiceId, reason: '  ' }, tokens.staff))).toBe('BAD_USER_INPUT');
        for (const who of ['patient', 'otherPatient', 'doctor', 'stakeholder'] as const) {
          expect([who, codeOf(await gql(VOID, { id: invoiceId, reason: 'x' }, tokens[who]))]).toEqual([
            who,
            'FORBIDDEN',
          ]);
        }
        expect(codeOf(await gql(VOID, { id: randomUUID(), reason: 'x' }, tokens.staff))).toBe('NOT_FOUND');
        expect(dataOf(await gql(VOID, { id: invoiceId, reason: ' Billed twice by mistake ' }, tokens.staff))).toEqual({
          voidInvoice: { id: invoiceId, status: 'VOID' },
        });
        const [row] = await sql<Record<string, unknown>>('SELECT * FROM invoices WHERE id = ?', [invoiceId]);
        expect(row).toMatchObject({ void_reason: 'Billed twice by mistake', voided_by: ids.staff });
        expect(ruleOf(await gql(VOID, { id: invoiceId, reason: 'again' }, tokens.admin))).toBe('INVALID_TRANSITION');
        expect(ruleOf(await pay(invoiceId, tokens.patient))).toBe('INVALID_TRANSITION');
        const events = await outboxOf(invoiceId);
        expect(events.map((e) => e.type)).toEqual(['billing.invoice-created', 'billing.invoice-voided']);
        expect(events[1]!.payload).toMatchObject({ status: 'VOID', voidedAt: expect.any(String) });
      });

      it('refuses to void a paid invoice', async () => {
        const { invoiceId } = await billed();
        dataOf(await pay(invoiceId, tokens.patient));
        const refused = await gql(VOID, { id: invoiceId, reason: 'x' }, tokens.admin);
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'BUSINESS_RULE_VIOLATION',
          rule: 'INVALID_TRANSITION',
          status: 'PAID',
        });
      });
    });

    describe('reading', () => {
      it('shows an invoice to its patient, the desk and administrators only', async () => {
        const { invoiceId } = await billed();
        for (const who of ['patient', 'staff', 'admin'] as const) {
          expect((await read(invoiceId, tokens[who])).id).toBe(invoiceId);
        }
        // Someone else's invoice: FORBIDDEN, as the appointments subgraph answers for someone else's visit.
        for (const who of ['otherPatient', 'doctor', 'stakeholder'] as const) {
          expect([who, codeOf(await gql(INVOICE, { id: invoiceId }, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
        }
        expect(codeOf(await gql(INVOICE, { id: invoiceId }))).toBe('UNAUTHENTICATED');
        expect(codeOf(await gql(INVOICE, { id: randomUUID() }, tokens.patient))).toBe('NOT_FOUND');
        expect(codeOf(await gql(INVOICE, { id: randomUUID() }, tokens.doctor))).toBe('FORBIDDEN');
      });

      it('lists newest first, a patient only their own, filtered and paged', async () => {
        const patientId = randomUUID();
        const patient = await testToken({ id: patientId, role: Role.PATIENT });
        const made = [];
        for (const type of ['appointments.completed', 'appointments.no-show', 'appointments.completed'] as const) {
          made.push((await billed(type, patientId)).invoiceId);
        }
        dataOf(await pay(made[1]!, patient));

        const own = dataOf(await gql<Page>(INVOICES, {}, patient)).invoices;
        expect(own.totalCount).toBe(3);
        expect(own.edges.map((e) => e.node.id).sort()).toEqual([...made].sort());
        const times = own.edges.map((e) => e.node.createdAt);
        expect(times).toEqual([...times].sort().reverse());

        const firstPage = dataOf(await gql<Page>(INVOICES, { first: 2 }, patient)).invoices;
        expect(firstPage.pageInfo.hasNextPage).toBe(true);
        const secondPage = dataOf(
          await gql<Page>(INVOICES, { first: 2, after: firstPage.pageInfo.endCursor }, patient),
        ).invoices;
        expect(secondPage.pageInfo).toEqual({ hasNextPage: false, endCursor: secondPage.edges[0]!.cursor });
        expect([...firstPage.edges, ...secondPage.edges].map((e) => e.node.id)).toEqual(
          own.edges.map((e) => e.node.id),
        );

        const paid = dataOf(await gql<Page>(INVOICES, { filter: { status: ['PAID'] } }, patient)).invoices;
        expect(paid.edges.map((e) => e.node.id)).toEqual([made[1]]);
        const desk = dataOf(
          await gql<Page>(INVOICES, { filter: { patientId, status: ['PENDING', 'VOID'] } }, tokens.staff),
        ).invoices;
        expect(desk.totalCount).toBe(2);
        const after = own.edges[1]!.node.createdAt;
        const windowed = dataOf(
          await gql<Page>(
            INVOICES,
            { filter: { patientId, from: after, to: own.edges[0]!.node.createdAt } },
            tokens.admin,
          ),
        ).invoices;
        expect(windowed.edges.every((e) => e.node.createdAt >= after)).toBe(true);
        expect(windowed.edges.map((e) => e.node.id)).not.toContain(own.edges[0]!.node.id);

        const everyone = dataOf(await gql<Page>(INVOICES, { first: 100 }, tokens.staff)).invoices;
        expect(new Set(everyone.edges.map((e) => e.node.patient.id)).size).toBeGreaterThan(1);
        const mine = dataOf(
          await gql<Page>(INVOICES, { filter: { patientId: ids.patient }, first: 100 }, tokens.patient),
        );
        expect(mine.invoices.edges.every((e) => e.node.patient.id === ids.patient)).toBe(true);

        expect(codeOf(await gql(INVOICES, { filter: { patientId } }, tokens.patient))).toBe('FORBIDDEN');
        expect(codeOf(await gql(INVOICES, {}, tokens.doctor))).toBe('FORBIDDEN');
        expect(codeOf(await gql(INVOICES, {}, tokens.stakeholder))).toBe('FORBIDDEN');
        expect(codeOf(await gql(INVOICES, {}))).toBe('UNAUTHENTICATED');
        expect(codeOf(await gql(INVOICES, { first: 101 }, tokens.staff))).toBe('BAD_USER_INPUT');
        expect(codeOf(await gql(INVOICES, { first: 0 }, tokens.staff))).toBe('BAD_USER_INPUT');
        expect(codeOf(await gql(INVOICES, { after: 'not-a-cursor' }, tokens.staff))).toBe('BAD_USER_INPUT');
      });
    });

    describe('the audit trail', () => {
      const written = (work: () => Promise<unknown>) => auditWritten(running.subgraph.dataSource, work);

      it("records the desk's read of an invoice once, with who and whose and no amount; the patient's own not at all", async () => {
        const { event, invoiceId } = await billed();
        const byDesk = await written(() => read(invoiceId, tokens.staff));
        expect(byDesk.entries).toEqual([
          expect.objectContaining({
            actorId: ids.staff,
            actorRole: 'STAFF',
            action: 'invoice.read',
            outcome: 'SUCCESS',
            subjectType: 'Invoice',
            subjectId: invoiceId,
            patientId: ids.patient,
          }),
        ]);
        expect(Object.keys(byDesk.entries[0]!).sort()).toEqual(AUDIT_FIELDS);
        expect(Object.values(byDesk.entries[0]!)).not.toContain('11.03');

        const r = [{ __typename: 'Appointment', id: event.payload.appointmentId }];
        const ofVisit = await written(async () => dataOf(await gql(APPOINTMENT_INVOICE, { r }, tokens.admin)));
        expect(ofVisit.entries).toEqual([
          expect.objectContaining({
            actorRole: 'ADMIN',
            outcome: 'SUCCESS',
            subjectId: invoiceId,
            patientId: ids.patient,
          }),
        ]);

        const own = await written(async () => {
          await read(invoiceId, tokens.patient);
          dataOf(await gql(APPOINTMENT_INVOICE, { r }, tokens.patient));
          dataOf(await gql(INVOICES, {}, tokens.patient));
          dataOf(await gql(PATIENT_INVOICES, { r: [{ __typename: 'Patient', id: ids.patient }] }, tokens.patient));
        });
        expect(own.entries).toEqual([]);
      });

      it('records each refusal as DENIED, naming the patient once the invoice was found', async () => {
        const { invoiceId } = await billed();
        const refused = await written(async () => {
          for (const token of [tokens.otherPatient, tokens.doctor, undefined]) {
            expect(codeOf(await gql(INVOICE, { id: invoiceId }, token))).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
          }
          expect(codeOf(await gql(INVOICES, { filter: { patientId: ids.patient } }, tokens.otherPatient))).toBe(
            'FORBIDDEN',
          );
        });
        expect(refused.entries.map((e) => [e.actorId, e.action, e.outcome, e.subjectId, e.patientId])).toEqual([
          [ids.otherPatient, 'invoice.read', 'DENIED', invoiceId, ids.patient],
          // Refused before the lookup: who may see no invoice learns nothing, and the entry names nobody's.
          [ids.doctor, 'invoice.read', 'DENIED', invoiceId, null],
          [null, 'invoice.read', 'DENIED', invoiceId, null],
          [ids.otherPatient, 'invoice.read', 'DENIED', null, ids.patient],
        ]);
      });

      it("records several patients' invoices read at once as one entry each, in one transaction", async () => {
        const since = new Date().toISOString();
        const patients = [randomUUID(), randomUUID(), randomUUID()];
        const invoices: string[] = [];
        for (const patientId of patients) invoices.push((await billed('appointments.completed', patientId)).invoiceId);
        const byPatient = (entries: { patientId: string | null }[]) => entries.map((e) => e.patientId).sort();

        const listed = await written(async () => {
          const page = dataOf(await gql<Page>(INVOICES, { filter: { from: since } }, tokens.staff)).invoices;
          expect(page.edges.map((e) => e.node.id).sort()).toEqual([...invoices].sort());
        });
        expect(byPatient(listed.entries)).toEqual([...patients].sort());
        expect(listed.entries.every((e) => e.subjectId === null && e.actorId === ids.staff)).toBe(true);
        expect(listed.transactions).toBe(1);

        const r = patients.map((id) => ({ __typename: 'Patient', id }));
        const charts = await written(async () => dataOf(await gql(PATIENT_INVOICES, { r }, tokens.staff)));
        expect(byPatient(charts.entries)).toEqual([...patients].sort());
        expect(charts.transactions).toBe(1);

        const entities = invoices.map((id) => ({ __typename: 'Invoice', id }));
        const byId = await written(async () => dataOf(await gql(INVOICE_ENTITY, { r: entities }, tokens.admin)));
        expect(byId.entries.map((e) => [e.subjectId, e.patientId]).sort()).toEqual(
          invoices.map((id, i) => [id, patients[i]]).sort(),
        );
        expect(byId.transactions).toBe(1);
      });

      it("records the desk's void once, committed with it, naming the invoice and its patient; no amount, no reason", async () => {
        const { invoiceId } = await billed();
        const voided = await written(async () =>
          dataOf(await gql(VOID, { id: invoiceId, reason: 'Billed twice by mistake' }, tokens.staff)),
        );
        expect(voided.entries).toEqual([
          expect.objectContaining({
            actorId: ids.staff,
            actorRole: 'STAFF',
            action: 'invoice.void',
            outcome: 'SUCCESS',
            subjectType: 'Invoice',
            subjectId: invoiceId,
            patientId: ids.patient,
          }),
        ]);
        expect(Object.keys(voided.entries[0]!).sort()).toEqual(AUDIT_FIELDS);
        expect(JSON.stringify(voided.entries)).not.toMatch(/Billed twice|11\.03/);
        expect(voided.transactions).toBe(1);
        expect(voided.alongside).toEqual(['invoices']);
      });

      it("records a payment by the desk, committed with it; the patient's own and a retry, not at all", async () => {
        const { invoiceId } = await billed();
        const idempotencyKey = `desk-${randomUUID()}`;
        const byDesk = await written(async () => dataOf(await pay(invoiceId, tokens.admin, { idempotencyKey })));
        expect(byDesk.entries).toEqual([
          expect.objectContaining({
            actorId: ids.admin,
            actorRole: 'ADMIN',
            action: 'invoice.pay',
            outcome: 'SUCCESS',
            subjectType: 'Invoice',
            subjectId: invoiceId,
            patientId: ids.patient,
          }),
        ]);
        expect(JSON.stringify(byDesk.entries)).not.toMatch(/11\.03|CARD/);
        expect(byDesk.transactions).toBe(1);
        expect(byDesk.alongside).toEqual(['invoices', 'payments']);
        // The retry returns the first payment: nothing changed, nothing is recorded.
        const retry = await written(async () => dataOf(await pay(invoiceId, tokens.admin, { idempotencyKey })));
        expect(retry.entries).toEqual([]);

        const { invoiceId: hers } = await billed();
        const own = await written(async () => dataOf(await pay(hers, tokens.patient)));
        expect(own.entries).toEqual([]);
      });

      it('records refused voids and payments as DENIED, naming the patient once the invoice was found', async () => {
        const { invoiceId } = await billed();
        const refused = await written(async () => {
          expect(codeOf(await gql(VOID, { id: invoiceId, reason: 'x' }, tokens.patient))).toBe('FORBIDDEN');
          expect(codeOf(await gql(VOID, { id: invoiceId, reason: 'x' }))).toBe('UNAUTHENTICATED');
          expect(codeOf(await pay(invoiceId, tokens.otherPatient))).toBe('FORBIDDEN');
          expect(codeOf(await pay(invoiceId, tokens.doctor))).toBe('FORBIDDEN');
        });
        expect(refused.entries.map((e) => [e.actorId, e.action, e.outcome, e.subjectId, e.patientId])).toEqual([
          // Refused before the lookup: who may not void learns nothing, and the entry names nobody's invoice.
          [ids.patient, 'invoice.void', 'DENIED', invoiceId, null],
          [null, 'invoice.void', 'DENIED', invoiceId, null],
          [ids.otherPatient, 'invoice.pay', 'DENIED', invoiceId, ids.patient],
          [ids.doctor, 'invoice.pay', 'DENIED', invoiceId, null],
        ]);
      });

      it("records nothing of what billing does on its own: a refund for a visit cancelled in time is nobody's change", async () => {
        const { event, invoiceId } = await billed();
        dataOf(await pay(invoiceId, tokens.patient));
        const refunded = await written(() =>
          publish(visitEnded('appointments.cancelled', { ...event.payload, cancellationFeeCents: 0 })),
        );
        expect((await read(invoiceId)).status).toBe('REFUNDED');
        expect(refunded.entries).toEqual([]);
      });
    });

    describe('federated fields', () => {
      it("adds a visit's invoice to Appointment: for its patient and the desk; FORBIDDEN to a doctor", async () => {
        const { event, invoiceId } = await billed();
        const payment = dataOf(await pay(invoiceId, tokens.patient)).payInvoice;
        const r = [{ __typename: 'Appointment', id: event.payload.appointmentId }];
        for (const who of ['patient', 'staff', 'admin'] as const) {
          expect(dataOf(await gql(APPOINTMENT_INVOICE, { r }, tokens[who]))).toEqual({
            _entities: [
              {
                id: event.payload.appointmentId,
                invoice: {
                  id: invoiceId,
                  kind: 'CONSULTATION',
                  status: 'PAID',
                  subtotal: '10.50',
                  tax: '0.53',
                  total: '11.03',
                  payments: [{ id: payment.id, amount: '11.03', method: 'CARD', paidAt: payment.paidAt }],
                },
              },
            ],
          });
        }
        for (const who of ['otherPatient', 'doctor', 'stakeholder'] as const) {
          const refused = await gql(APPOINTMENT_INVOICE, { r }, tokens[who]);
          expect([who, refused.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])]).toEqual([
            who,
            [['_entities.0.invoice', 'FORBIDDEN']],
          ]);
          expect(refused.data).toEqual({ _entities: [{ id: event.payload.appointmentId, invoice: null }] });
        }
        const unbilled = [{ __typename: 'Appointment', id: randomUUID() }];
        expect(dataOf(await gql(APPOINTMENT_INVOICE, { r: unbilled }, tokens.patient))).toEqual({
          _entities: [{ id: unbilled[0]!.id, invoice: null }],
        });
        expect(codeOf(await gql(APPOINTMENT_INVOICE, { r }))).toBe('UNAUTHENTICATED');
      });

      it("adds a patient's invoices to Patient: for the patient and the desk; FORBIDDEN to others", async () => {
        const patientId = randomUUID();
        const patient = await testToken({ id: patientId, role: Role.PATIENT });
        const { invoiceId: older } = await billed('appointments.completed', patientId);
        const { invoiceId: newer } = await billed('appointments.no-show', patientId, 2_000);
        const r = [{ __typename: 'Patient', id: patientId }];
        for (const token of [patient, tokens.staff, tokens.admin]) {
          expect(dataOf(await gql(PATIENT_INVOICES, { r }, token))).toEqual({
            _entities: [
              {
                id: patientId,
                invoices: [
                  { id: newer, kind: 'NO_SHOW_FEE', status: 'PENDING', total: '21.00' },
                  { id: older, kind: 'CONSULTATION', status: 'PENDING', total: '11.03' },
                ],
              },
            ],
          });
        }
        for (const who of ['patient', 'doctor', 'stakeholder'] as const) {
          const refused = await gql(PATIENT_INVOICES, { r }, tokens[who]);
          expect([who, refused.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])]).toEqual([
            who,
            [['_entities.0.invoices', 'FORBIDDEN']],
          ]);
        }
      });

      it('resolves Invoice references for whoever may read them', async () => {
        const { invoiceId } = await billed();
        const r = [{ __typename: 'Invoice', id: invoiceId }];
        expect(dataOf(await gql(INVOICE_ENTITY, { r }, tokens.patient))).toEqual({
          _entities: [{ id: invoiceId, status: 'PENDING' }],
        });
        expect(codeOf(await gql(INVOICE_ENTITY, { r }, tokens.otherPatient))).toBe('FORBIDDEN');
        expect(codeOf(await gql(INVOICE_ENTITY, { r }, tokens.doctor))).toBe('FORBIDDEN');
      });
    });
  },
);
