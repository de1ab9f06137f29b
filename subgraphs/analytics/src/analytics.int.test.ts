import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { newId, Role, type HttpService, type Subgraph } from '@hospital/kit';
import {
  DeadLetterEvent,
  InProcessEventBus,
  OutboxEvent,
  RedisEventBus,
  type EventBus,
  type EventEnvelope,
} from '@hospital/kit/events';
import {
  auditWritten,
  codeOf,
  createTestDatabase,
  dataOf,
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  TEST_JWT_SECRET,
  TEST_REDIS_URL,
  testEvent,
  testToken,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsSubgraph } from './app.js';
import {
  feedbackSubmitted,
  invoice,
  invoiceCreated,
  invoicePaid,
  invoiceRefunded,
  invoiceVoided,
  visitEnded,
} from './testing/fact-events.fixture.js';
import { ReportService } from './report/report.service.js';
import { performanceFromFacts, revenueFromFacts } from './report/reports-from-facts.js';

const REVENUE = `query ($from: Date!, $to: Date!) {
  revenueReport(from: $from, to: $to) {
    startDate endDate totalRevenue totalCosts totalProfit profitMargin
    departmentBreakdown { department { id } revenue costs profit profitMargin }
  }
}`;
const PERFORMANCE = `query ($doctorId: ID!, $from: Date!, $to: Date!) {
  doctorPerformance(doctorId: $doctorId, from: $from, to: $to) {
    doctor { id } startDate endDate totalCSections totalNaturalBirths totalWorkingDays
    averagePatientSatisfaction completedAppointments noShows
  }
}`;
const IMPORT = `mutation ($sources: [String!]!) { importAnalyticsCsv(sources: $sources) { source added alreadyPresent } }`;
const DOCTORS_PERFORMANCE = `query ($r: [_Any!]!, $from: Date!, $to: Date!) {
  _entities(representations: $r) {
    ... on Doctor { id performance(from: $from, to: $to) { completedAppointments noShows averagePatientSatisfaction } }
  }
}`;

interface Revenue {
  revenueReport: {
    startDate: string;
    endDate: string;
    totalRevenue: string;
    totalCosts: string;
    totalProfit: string;
    profitMargin: number;
    departmentBreakdown: {
      department: { id: string };
      revenue: string;
      costs: string;
      profit: string;
      profitMargin: number;
    }[];
  };
}
interface Performance {
  doctorPerformance: {
    doctor: { id: string };
    totalCSections: number;
    totalNaturalBirths: number;
    totalWorkingDays: number;
    averagePatientSatisfaction: number | null;
    completedAppointments: number;
    noShows: number;
  };
}

interface Store {
  env: NodeJS.ProcessEnv;
  /** The embedded default's bus, shared by the test and the subgraph. */
  bus?: EventBus;
  /** Where the test publishes, as the other subgraphs' relays would. */
  publisher: EventBus;
  cleanup(): Promise<void>;
}

const ZONE = 'Europe/Kyiv';
/** Where the import mutation reads the CSV files the tests write. */
const importDir = mkdtempSync(join(tmpdir(), 'analytics-imports-'));
const common = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  JWT_SECRET: TEST_JWT_SECRET,
  ANALYTICS_PORT: '0',
  CLINIC_TIMEZONE: ZONE,
  ANALYTICS_IMPORT_DIR: importDir,
};

const stores: [string, boolean, () => Promise<Store>][] = [
  [
    'MariaDB and the Redis stream',
    (await mysqlAvailable()) && (await redisAvailable()),
    async () => {
      const database = await createTestDatabase('analytics');
      const stream = `test:events:${randomUUID()}`;
      const publisher = new RedisEventBus(TEST_REDIS_URL, () => {}, stream);
      return {
        env: { ...common, ANALYTICS_DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, EVENT_STREAM: stream },
        publisher,
        async cleanup() {
          await publisher.close();
          await database.drop();
        },
      };
    },
  ],
  [
    'the embedded SQLite file and the in-process bus',
    true,
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'analytics-'));
      const bus = new InProcessEventBus();
      return {
        env: { ...common, DATA_DIR: dataDir },
        bus,
        publisher: bus,
        async cleanup() {
          await bus.close();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  ],
];

describe.each(stores)('analytics on %s', (_name, available, makeStore) => {
  let store: Store;
  let subgraph: Subgraph;
  let http: HttpService;
  const published = new Set<string>();
  const tokens = {} as Record<'stakeholder' | 'admin' | 'staff' | 'patient' | 'doctor', string>;
  const doctor = newId();
  const otherDoctor = newId();
  const obstetrics = newId();
  const neonatology = newId();

  const start = async () => {
    subgraph = await createAnalyticsSubgraph({ env: store.env, bus: store.bus, migrate: true });
    http = await subgraph.start();
  };
  const publish = async (...events: EventEnvelope[]) => {
    for (const event of events) {
      await store.publisher.publish(event);
      published.add(event.id);
    }
  };
  /** Until every event published so far is applied or parked. */
  const settled = () =>
    eventually(async () => {
      const [row] = await subgraph.dataSource.query<{ n: number | string }[]>(
        'SELECT COUNT(*) AS n FROM applied_events',
      );
      expect(Number(row?.n)).toBe(published.size);
    }, 30_000);
  const gql = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    graphqlRequest<T>(http.url, query, variables, token);
  const revenue = (from: string, to: string, token = tokens.stakeholder) => gql<Revenue>(REVENUE, { from, to }, token);
  const performance = (doctorId: string, from: string, to: string, token = tokens.stakeholder) =>
    gql<Performance>(PERFORMANCE, { doctorId, from, to }, token);

  beforeAll(async () => {
    if (!available) return;
    store = await makeStore();
    await start();
    for (const role of ['stakeholder', 'admin', 'staff', 'patient'] as const) {
      tokens[role] = await testToken({ id: newId(), role: Role[role.toUpperCase() as keyof typeof Role] });
    }
    tokens.doctor = await testToken({ id: doctor, role: Role.DOCTOR });
  });

  afterAll(async () => {
    if (!available) return;
    await subgraph?.stop();
    await store.cleanup();
  });

  describe('a February of visits, invoices and ratings (clinic days in Kyiv, UTC+2)', () => {
    const first = invoice(obstetrics, doctor, 10_500);
    const late = invoice(obstetrics, doctor, 5_250);
    const refunded = invoice(obstetrics, doctor, 20_000);
    const voided = invoice(obstetrics, doctor, 7_000);
    const small = invoice(neonatology, otherDoctor, 3_000);
    const reversed = invoice(obstetrics, doctor, 4_000);
    const paidFirst = invoicePaid(first, '2026-02-10T10:00:00.000Z');

    beforeAll(async () => {
      if (!available) return;
      const at = { doctorId: doctor, departmentId: obstetrics };
      await publish(
        ...[first, late, refunded, voided, small, reversed].map(invoiceCreated),
        // Replicas may apply a refund before its payment: the payment then brings nothing.
        invoiceRefunded(invoicePaid(reversed, '2026-02-16T09:00:00.000Z').payload, '2026-02-16T10:00:00.000Z'),
        invoicePaid(reversed, '2026-02-16T09:00:00.000Z'),
        paidFirst,
        // The same delivery twice, and the same payment announced again under another id.
        paidFirst,
        invoicePaid(first, '2026-02-11T10:00:00.000Z'),
        // 00:30 on 1 March in Kyiv.
        invoicePaid(late, '2026-02-28T22:30:00.000Z'),
        invoicePaid(refunded, '2026-02-12T09:00:00.000Z'),
        invoiceRefunded(invoicePaid(refunded, '2026-02-12T09:00:00.000Z').payload, '2026-02-20T09:00:00.000Z'),
        invoiceVoided(voided, '2026-02-13T09:00:00.000Z'),
        invoicePaid(small, '2026-02-15T09:00:00.000Z'),
        visitEnded('appointments.completed', { ...at, start: '2026-02-10T08:00:00.000Z' }),
        visitEnded('appointments.completed', { ...at, start: '2026-02-10T12:00:00.000Z' }),
        visitEnded('appointments.completed', { ...at, start: '2026-02-12T09:00:00.000Z' }),
        visitEnded('appointments.no-show', { ...at, start: '2026-02-13T09:00:00.000Z' }),
        visitEnded('appointments.cancelled', { ...at, start: '2026-02-14T09:00:00.000Z' }),
        feedbackSubmitted(doctor, 5, '2026-02-10T15:00:00.000Z'),
        feedbackSubmitted(doctor, 4, '2026-02-11T15:00:00.000Z'),
        feedbackSubmitted(doctor, 1, '2026-03-05T15:00:00.000Z'),
      );
      await settled();
    });

    it.runIf(available)('counts paid invoices net of tax and refunds, by the clinic day paid', async () => {
      const report = dataOf(await revenue('2026-02-01', '2026-02-28')).revenueReport;
      expect(report).toEqual({
        startDate: '2026-02-01',
        endDate: '2026-02-28',
        // 105.00 paid once + (200.00 paid − 200.00 refunded) + (40.00 − 40.00 refunded first) + 30.00
        totalRevenue: '135.00',
        totalCosts: '0.00',
        totalProfit: '135.00',
        profitMargin: 1,
        departmentBreakdown: [
          { department: { id: obstetrics }, revenue: '105.00', costs: '0.00', profit: '105.00', profitMargin: 1 },
          { department: { id: neonatology }, revenue: '30.00', costs: '0.00', profit: '30.00', profitMargin: 1 },
        ],
      });
      const withMarch = dataOf(await revenue('2026-02-01', '2026-03-01')).revenueReport;
      expect(withMarch.totalRevenue).toBe('187.50');
      const empty = dataOf(await revenue('2025-01-01', '2025-12-31')).revenueReport;
      expect(empty).toMatchObject({
        totalRevenue: '0.00',
        totalProfit: '0.00',
        profitMargin: 0,
        departmentBreakdown: [],
      });
    });

    it.runIf(available)('counts a doctor’s visits, working days and ratings by clinic day', async () => {
      expect(dataOf(await performance(doctor, '2026-02-01', '2026-02-28')).doctorPerformance).toEqual({
        doctor: { id: doctor },
        startDate: '2026-02-01',
        endDate: '2026-02-28',
        totalCSections: 0,
        totalNaturalBirths: 0,
        totalWorkingDays: 2,
        averagePatientSatisfaction: 4.5,
        completedAppointments: 3,
        noShows: 1,
      });
      expect(dataOf(await performance(doctor, '2026-02-11', '2026-02-11')).doctorPerformance).toMatchObject({
        totalWorkingDays: 0,
        averagePatientSatisfaction: 4,
        completedAppointments: 0,
      });
      expect(dataOf(await performance(otherDoctor, '2026-02-01', '2026-02-28')).doctorPerformance).toMatchObject({
        totalWorkingDays: 0,
        averagePatientSatisfaction: null,
      });
    });

    it.runIf(available)('gives the federated Doctor.performance of many doctors at once', async () => {
      const answer = await gql<{
        _entities: {
          id: string;
          performance: { completedAppointments: number; averagePatientSatisfaction: number | null };
        }[];
      }>(
        DOCTORS_PERFORMANCE,
        { r: [doctor, otherDoctor].map((id) => ({ __typename: 'Doctor', id })), from: '2026-02-01', to: '2026-03-31' },
        tokens.admin,
      );
      expect(dataOf(answer)._entities).toEqual([
        { id: doctor, performance: { completedAppointments: 3, noShows: 1, averagePatientSatisfaction: 3.33 } },
        { id: otherDoctor, performance: { completedAppointments: 0, noShows: 0, averagePatientSatisfaction: null } },
      ]);
    });

    it.runIf(available)('lets the business department and administrators read all, a doctor their own', async () => {
      expect(codeOf(await revenue('2026-02-01', '2026-02-28', tokens.admin))).toBeUndefined();
      for (const token of [tokens.doctor, tokens.staff, tokens.patient]) {
        expect(codeOf(await revenue('2026-02-01', '2026-02-28', token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await performance(doctor, '2026-02-01', '2026-02-28', tokens.doctor))).toBeUndefined();
      expect(codeOf(await performance(otherDoctor, '2026-02-01', '2026-02-28', tokens.doctor))).toBe('FORBIDDEN');
      expect(codeOf(await performance(doctor, '2026-02-01', '2026-02-28', tokens.patient))).toBe('FORBIDDEN');
      const refused = await gql<{ _entities: { performance: unknown }[] }>(
        DOCTORS_PERFORMANCE,
        { r: [{ __typename: 'Doctor', id: doctor }], from: '2026-02-01', to: '2026-02-28' },
        tokens.staff,
      );
      expect(refused.data?._entities[0]?.performance).toBeNull();
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(codeOf(await graphqlRequest(http.url, REVENUE, { from: '2026-02-01', to: '2026-02-28' }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it.runIf(available)('refuses a period that ends before it starts or spans over 5 years', async () => {
      expect(codeOf(await revenue('2026-03-01', '2026-02-01'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await revenue('2020-01-01', '2026-01-01'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await performance(doctor, '2026-03-01', '2026-02-01'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await revenue('2026-02-30', '2026-03-01'))).toBe('BAD_USER_INPUT');
    });
  });

  it.runIf(available)('parks a malformed event with its reason and goes on with the next', async () => {
    const broken = testEvent('feedback.submitted', {
      ...feedbackSubmitted(otherDoctor, 5, '2027-01-10T10:00:00.000Z').payload,
      rating: 9,
    });
    const next = feedbackSubmitted(otherDoctor, 2, '2027-01-10T11:00:00.000Z');
    await publish(broken, next);
    await settled();
    const parked = await subgraph.dataSource.getRepository(DeadLetterEvent).findOneByOrFail({ eventId: broken.id });
    expect(parked.reason).toContain('rating');
    expect(JSON.parse(parked.event)).toMatchObject({ id: broken.id, payload: { rating: 9 } });
    expect(
      dataOf(await performance(otherDoctor, '2027-01-10', '2027-01-10')).doctorPerformance.averagePatientSatisfaction,
    ).toBe(2);
  });

  it.runIf(available)('applies what was published while it was down when it is back', async () => {
    await subgraph.stop();
    const at = { doctorId: otherDoctor, departmentId: neonatology };
    await publish(
      visitEnded('appointments.completed', { ...at, start: '2027-02-01T09:00:00.000Z' }),
      visitEnded('appointments.completed', { ...at, start: '2027-02-02T09:00:00.000Z' }),
    );
    await start();
    await settled();
    expect(dataOf(await performance(otherDoctor, '2027-02-01', '2027-02-28')).doctorPerformance).toMatchObject({
      completedAppointments: 2,
      totalWorkingDays: 2,
    });
  });

  it.runIf(available)('keeps rollups that give what a straight aggregation of the facts gives', async () => {
    let seed = 20_261_121;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const departments = [newId(), newId(), newId()];
    const doctors = departments.flatMap((departmentId) => [
      { doctorId: newId(), departmentId },
      { doctorId: newId(), departmentId },
    ]);
    const instant = () => new Date(Date.UTC(2028, 0, 1) + Math.floor(random() * 120 * 86_400_000)).toISOString();
    const events: EventEnvelope[] = [];
    for (let i = 0; i < 300; i += 1) {
      const { doctorId, departmentId } = pick(doctors);
      const bill = invoice(departmentId, doctorId, 1_000 + Math.floor(random() * 50_000));
      events.push(invoiceCreated(bill));
      if (random() < 0.8) {
        const paid = invoicePaid(bill, instant());
        events.push(paid);
        if (random() < 0.15) {
          const part = random() < 0.5 ? bill.totalCents : Math.ceil(bill.totalCents * random());
          events.push(invoiceRefunded(paid.payload, instant(), part));
        }
      } else if (random() < 0.5) events.push(invoiceVoided(bill, instant()));
      const ending = pick(['appointments.completed', 'appointments.no-show', 'appointments.cancelled'] as const);
      events.push(visitEnded(ending, { doctorId, departmentId, start: instant() }));
      if (random() < 0.5) events.push(feedbackSubmitted(doctorId, 1 + Math.floor(random() * 5), instant()));
    }
    await publish(...events);
    await settled();

    const reports = new ReportService(subgraph.dataSource);
    const periods = [
      ['2028-01-01', '2028-12-31'],
      ...Array.from({ length: 8 }, () => {
        const [a, b] = [instant().slice(0, 10), instant().slice(0, 10)];
        return a < b ? [a, b] : [b, a];
      }),
    ] as [string, string][];
    for (const [from, to] of periods) {
      expect(await reports.revenue(from, to)).toEqual(await revenueFromFacts(subgraph.dataSource, from, to));
      const rolled = await reports.performance(
        doctors.map((d) => d.doctorId),
        from,
        to,
      );
      for (const { doctorId } of doctors) {
        expect(rolled.get(doctorId)).toEqual(await performanceFromFacts(subgraph.dataSource, doctorId, from, to));
      }
    }
    const year = await reports.revenue('2028-01-01', '2028-12-31');
    expect(year.length).toBe(3);
  });

  it.runIf(available)(
    "records an administrator's import once per file that adds facts, committed with them, and a refusal",
    async () => {
      // A doctor and a year of their own, so that no report above counts these deliveries.
      const deliveries = `deliveries-${randomUUID()}.csv`;
      writeFileSync(
        join(importDir, deliveries),
        [
          'delivery_id,doctor_id,delivered_at,delivery_type',
          `${newId()},${newId()},2031-05-04T10:00:00+03:00,C_SECTION`,
          `${newId()},${newId()},2031-05-05T11:00:00+03:00,NATURAL`,
        ].join('\n'),
      );
      const written = (work: () => Promise<unknown>) => auditWritten(subgraph.dataSource, work);
      const imported = await written(async () => dataOf(await gql(IMPORT, { sources: [deliveries] }, tokens.admin)));
      expect(imported.entries).toEqual([
        expect.objectContaining({
          actorRole: 'ADMIN',
          action: 'analytics.import',
          outcome: 'SUCCESS',
          subjectType: 'CsvImport',
          subjectId: deliveries,
          patientId: null,
        }),
      ]);
      expect(imported.transactions).toBe(1);
      expect(imported.alongside).toEqual(expect.arrayContaining(['delivery_facts', 'doctor_days']));

      // Every row known already: the file changes nothing, and nothing is recorded.
      const again = await written(async () => dataOf(await gql(IMPORT, { sources: [deliveries] }, tokens.admin)));
      expect(again.entries).toEqual([]);

      const refused = await written(async () =>
        expect(codeOf(await gql(IMPORT, { sources: [deliveries] }, tokens.stakeholder))).toBe('FORBIDDEN'),
      );
      expect(refused.entries.map((e) => [e.actorRole, e.action, e.outcome, e.subjectId])).toEqual([
        ['STAKEHOLDER', 'analytics.import', 'DENIED', null],
      ]);
    },
  );

  it.runIf(available)(
    'announces the clinic days whose revenue a payment, a refund or an imported cost changed, in their transaction',
    async () => {
      // A department and a year of their own, so that nothing above is announced with them.
      const department = newId();
      const bill = invoice(department, doctor, 10_000);
      const unpaid = invoice(department, doctor, 4_000);
      const paid = invoicePaid(bill, '2032-03-10T21:30:00.000Z');
      await publish(
        invoiceCreated(bill),
        invoiceCreated(unpaid),
        paid,
        paid,
        invoiceRefunded(paid.payload, '2032-03-20T10:00:00.000Z', 5_000),
        // Refunded before analytics heard of a payment: no day's revenue moves.
        invoiceRefunded(invoicePaid(unpaid, '2032-03-11T10:00:00.000Z').payload, '2032-03-12T10:00:00.000Z'),
        visitEnded('appointments.completed', {
          doctorId: doctor,
          departmentId: department,
          start: '2032-03-10T08:00:00.000Z',
        }),
      );
      await settled();
      const costs = `costs-${randomUUID()}.csv`;
      writeFileSync(
        join(importDir, costs),
        [
          'cost_id,department_id,cost_date,amount,category',
          `${newId()},${department},2032-04-05,250.00,Supplies`,
          `${newId()},${department},2032-04-02,100.00,Laundry`,
        ].join('\n'),
      );
      dataOf(await gql(IMPORT, { sources: [costs] }, tokens.admin));
      // Known already: nothing changes, nothing is announced.
      dataOf(await gql(IMPORT, { sources: [costs] }, tokens.admin));

      const announced = await subgraph.dataSource
        .getRepository(OutboxEvent)
        .find({ where: { type: 'analytics.report-changed' }, order: { sequence: 'ASC' } });
      const days = announced
        .map((event) => JSON.parse(event.payload) as { from: string; to: string })
        .filter(({ from }) => from.startsWith('2032'));
      // Paid at 23:30 in Kyiv on 10 March: revenue counts on that clinic day, and the refund takes it back there.
      expect(days).toEqual([
        { from: '2032-03-10', to: '2032-03-10' },
        { from: '2032-03-10', to: '2032-03-10' },
        { from: '2032-04-02', to: '2032-04-05' },
      ]);
    },
  );
});

afterAll(() => rmSync(importDir, { recursive: true, force: true }));
