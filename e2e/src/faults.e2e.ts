import { randomUUID } from 'node:crypto';
import {
  AppointmentDetailDocument,
  CatalogDocument,
  CompleteAppointmentDocument,
  NotificationsDocument,
  type AppointmentDetailQuery,
} from '@hospital/client';
import { appointmentEvent, eventually, freePort, ownRedis, TEST_MYSQL_URL } from '@hospital/kit/testing';
import { deadLetters } from '@hospital/stack';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type Execute } from './client.js';
import { messageIdOf, MailSink, SmsSink } from './faults/sinks.js';
import { recordFigure } from './figures.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld, type Actor, type World } from './world.js';

const SUITE = 'faults';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Faults against the real processes of the distributed stack, each asserting
 * that nothing was lost and that everything recovered by itself. The stack runs
 * on a Redis of this suite's own, so that it can be stopped and started empty.
 */
const [redisPort, smtpPort, smsPort] = [await freePort(), await freePort(), await freePort()];

describe.runIf(MODE === 'distributed' && (await supergraphAvailable()))(
  'faults, on separate processes with a Redis of their own',
  () => {
    const redis = ownRedis(redisPort);
    const mail = new MailSink();
    const sms = new SmsSink();
    beforeAll(async () => {
      await redis.start();
      await mail.listen(smtpPort);
      await sms.listen(smsPort);
    });
    afterAll(async () => {
      await mail.close();
      await sms.close();
      await redis.stop();
    });
    const current = useWorld({
      redisUrl: redis.url,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        SMTP_FROM: 'Maternity Hospital <no-reply@hospital.test>',
        SMS_WEBHOOK_URL: `http://127.0.0.1:${smsPort}/sms`,
        NOTIFICATIONS_POLL_MS: '200',
        // A process that died mid-send leaves its claim; another takes the notification over after this.
        NOTIFICATIONS_CLAIM_MS: '2000',
      },
    });

    const monday = mondayAhead();
    let world: World;
    let serviceId: string;
    const doctors: Actor[] = [];
    let slot = 0;
    /** Each visit of the suite at its own half hour, on one of two doctors (8 a day each). */
    const nextStart = () => {
      const index = slot++;
      const minutes = 9 * 60 + (index % 8) * 60 + (index >= 8 ? 30 : 0);
      return { doctor: doctors[index % 2]!, start: at(monday, `${Math.floor(minutes / 60)}:${minutes % 60 || '00'}`) };
    };
    /** A client of a gateway whose appointments stand at the end of that Monday: every visit has begun. */
    let evening: Execute | undefined;

    beforeAll(async () => {
      world = current();
      const department = await world.department();
      serviceId = (await world.service(department.id)).id;
      doctors.push(await world.doctor(department.id, 'Lesia Fault'), await world.doctor(department.id, 'Iryna Fault'));
    });

    const approved = async (patient: Actor) => {
      const { doctor, start } = nextStart();
      return { id: await world.approvedVisit(patient, doctor, serviceId, start), doctor };
    };
    /**
     * Started on first use, not before: its appointments process is a replica whose
     * dispatcher and consumers take their share of the work, by a clock past every visit.
     * A gateway composes the supergraph of every subgraph, so it starts while all are up.
     */
    const eveningClient = async () => (evening ??= await world.at(at(monday, '19:00')));
    const complete = async (visit: { id: string; doctor: Actor }) => {
      dataOf(await (await eveningClient())(CompleteAppointmentDocument, { id: visit.id }, visit.doctor.token));
    };
    /**
     * Whether appointments' notifications group has applied the approval of `appointmentId` (whichever replica
     * did); the waitlist's group applies it too, each with its own row.
     */
    const approvalApplied = async (appointmentId: string) => {
      const database = new URL(envOf('appointments')['APPOINTMENTS_DATABASE_URL']!).pathname.slice(1);
      const admin = await createConnection({ uri: TEST_MYSQL_URL, database });
      try {
        const [rows] = (await admin.query(
          `SELECT COUNT(*) AS applied FROM applied_events JOIN outbox ON outbox.id = applied_events.event_id
           WHERE outbox.type = 'appointments.approved' AND outbox.payload LIKE ?
             AND applied_events.consumer_group = ?`,
          [`%${appointmentId}%`, 'appointments-notifications'],
        )) as unknown as [{ applied: number }[]];
        return Number(rows[0]?.applied);
      } finally {
        await admin.end();
      }
    };
    const invoiceOf = async (appointmentId: string, patient: Actor, timeoutMs = 20_000) => {
      let invoice: { id: string } | null | undefined;
      await eventually(async () => {
        const { appointment } = dataOf(
          await world.execute(AppointmentDetailDocument, { id: appointmentId }, patient.token),
        );
        invoice = appointment?.invoice;
        expect(invoice).toBeTruthy();
      }, timeoutMs);
      return invoice!;
    };
    const envOf = (name: string) => world.supergraph.envOf!(name);
    const readyOf = async (name: string) => {
      const response = await fetch(`http://127.0.0.1:${envOf(name)[`${name.toUpperCase()}_PORT`]}/ready`);
      return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
    };

    it('a crash between sending a notification and recording it: the retry is the same message to the channel', async () => {
      const patient = await world.patient('Olha Crash');
      const heldMail = mail.holdNextTo(patient.email);
      const heldSms = sms.holdNextTo(patient.phone);
      const visit = await approved(patient);
      // The dispatcher is inside both sends, waiting for the answers: it dies there.
      await Promise.all([heldMail, heldSms]);
      const restart = await world.supergraph.killSubgraph!('appointments');
      await restart();
      const back = Date.now();
      await eventually(() => expect(mail.to(patient.email, 'is confirmed')).toHaveLength(2), 20_000);
      await eventually(() => expect(sms.to(patient.phone, 'is confirmed').requests).toHaveLength(2), 20_000);
      recordFigure(SUITE, 'crash mid-send: the retry after restart', Date.now() - back, 'ms');

      const { notifications } = dataOf(
        await world.execute(NotificationsDocument, { recipientId: patient.id, first: 50 }, patient.token),
      );
      const confirmation = (channel: string) =>
        notifications.edges.map((edge) => edge.node).find((n) => n.kind === 'CONFIRMATION' && n.channel === channel);
      await eventually(async () => {
        const rows = dataOf(
          await world.execute(NotificationsDocument, { recipientId: patient.id, first: 50 }, patient.token),
        );
        const statuses = rows.notifications.edges.filter((edge) => edge.node.appointmentId === visit.id);
        expect(statuses.filter((edge) => edge.node.kind === 'CONFIRMATION').map((edge) => edge.node.status)).toEqual([
          'SENT',
          'SENT',
        ]);
      });
      // Both copies of the e-mail carry the notification's own Message-ID, so mail systems show one message;
      // the SMS provider saw one key twice and delivered it once.
      const copies = mail.to(patient.email, 'is confirmed');
      expect(new Set(copies.map(messageIdOf))).toEqual(new Set([`<${confirmation('EMAIL')?.id}@hospital.test>`]));
      const texts = sms.to(patient.phone, 'is confirmed');
      expect(new Set(texts.requests.map((request) => request.idempotencyKey))).toEqual(
        new Set([confirmation('SMS')?.id]),
      );
      expect(texts.delivered).toHaveLength(1);
    });

    it('a subgraph killed under load fails only its own fields, and answers again once it is back', async () => {
      const patient = await world.patient('Marta Load');
      const visit = await approved(patient);
      const query = JSON.stringify({ query: print(AppointmentDetailDocument), variables: { id: visit.id } });
      const outcomes: { status: number; codes: string[]; whole: boolean; ms: number; at: number }[] = [];
      let stopping = false;
      const load = async () => {
        while (!stopping) {
          const started = performance.now();
          const response = await fetch(world.supergraph.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${patient.token}` },
            body: query,
          });
          const body = (await response.json()) as {
            data?: AppointmentDetailQuery;
            errors?: { extensions?: { code?: string } }[];
          };
          outcomes.push({
            status: response.status,
            codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'none'),
            whole: body.data?.appointment?.id === visit.id && body.data.appointment.patient?.name === 'Marta Load',
            ms: performance.now() - started,
            at: Date.now(),
          });
        }
      };
      const loops = Array.from({ length: 6 }, load);
      await sleep(500);
      const restart = await world.supergraph.killSubgraph!('feedback');
      await sleep(1_500);
      await restart();
      const back = Date.now();
      await eventually(() => expect(outcomes.some((o) => o.at > back && o.codes.length === 0)).toBe(true), 15_000);
      stopping = true;
      await Promise.all(loops);

      expect(outcomes.filter((o) => o.status !== 200 || !o.whole)).toEqual([]);
      expect([...new Set(outcomes.flatMap((o) => o.codes))]).toEqual(['SERVICE_UNAVAILABLE']);
      const firstClean = outcomes.find((o) => o.at > back && o.codes.length === 0)!;
      const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
      recordFigure(SUITE, 'subgraph killed under load: requests answered', outcomes.length, 'requests');
      recordFigure(
        SUITE,
        'subgraph killed under load: p99 latency',
        latencies[Math.floor(latencies.length * 0.99)]!,
        'ms',
      );
      recordFigure(SUITE, 'subgraph killed under load: recovery after restart', firstClean.at - back, 'ms');
    });

    it('a subgraph stopped: every gateway stays ready, and the other subgraphs’ fields answer', async () => {
      const patient = await world.patient('Sofia Ready');
      const visit = await approved(patient);
      const gatewayReady = async () => {
        const response = await fetch(new URL('/ready', world.supergraph.gatewayUrl));
        const body = (await response.json()) as { status: string; info: { subgraphs: Record<string, string> } };
        return { status: response.status, body };
      };
      const restart = await world.supergraph.stopSubgraph!('feedback');
      try {
        // Before any query has met the stopped subgraph: /ready asks no subgraph, so it has nothing against it.
        expect((await gatewayReady()).status).toBe(200);
        const detail = await world.execute(AppointmentDetailDocument, { id: visit.id }, patient.token);
        expect(detail.data?.appointment).toMatchObject({ id: visit.id, patient: { name: 'Sofia Ready' } });
        expect(detail.errors?.map((error) => error.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
        const { token } = await world.account('STAFF');
        expect((await world.execute(CatalogDocument, {}, token)).errors).toBeUndefined();
        // Still ready; what the query found of feedback is there to read, as information.
        expect(await gatewayReady()).toMatchObject({
          status: 200,
          body: { status: 'ready', info: { subgraphs: { feedback: 'down', appointments: 'up', patients: 'up' } } },
        });
      } finally {
        await restart();
      }
      await eventually(async () => {
        const detail = await world.execute(AppointmentDetailDocument, { id: visit.id }, patient.token);
        expect(detail.errors).toBeUndefined();
      }, 15_000);
      expect((await gatewayReady()).body.info.subgraphs['feedback']).toBe('up');
    });

    it("the database's connections killed: the next requests are answered and no event is lost or parked", async () => {
      const patient = await world.patient('Daria Connections');
      const visit = await approved(patient);
      evening ??= await world.at(at(monday, '19:00'));
      const billingDatabase = new URL(envOf('billing')['BILLING_DATABASE_URL']!).pathname.slice(1);
      const admin = await createConnection({ uri: TEST_MYSQL_URL });
      const [threads] = (await admin.query(
        'SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()',
        [billingDatabase],
      )) as unknown as [{ id: number }[]];
      for (const { id } of threads) await admin.query(`KILL ${Number(id)}`);
      await admin.end();
      expect(threads.length).toBeGreaterThan(0);
      const killedAt = Date.now();
      // Reads through billing right away: its pool replaces the dead connections.
      for (let i = 0; i < 5; i += 1) {
        const detail = await world.execute(AppointmentDetailDocument, { id: visit.id }, patient.token);
        expect(detail.errors).toBeUndefined();
      }
      await complete(visit);
      await invoiceOf(visit.id, patient);
      recordFigure(SUITE, 'database connections killed: invoice applied after', Date.now() - killedAt, 'ms');
      expect(await deadLettersOf('billing')).not.toContain(visit.id);
    });

    const deadLettersOf = async (name: string) => {
      const lines: string[] = [];
      await deadLetters([name], envOf(name), (line) => lines.push(line));
      return lines.join('\n');
    };

    it('a poison event is parked after bounded tries, and the consumer goes on with the next one', async () => {
      const stream = envOf('billing')['EVENT_STREAM']!;
      const poison = appointmentEvent(
        'appointments.completed',
        {
          appointmentId: randomUUID(),
          patientId: randomUUID(),
          doctorId: randomUUID(),
          serviceId: randomUUID(),
          departmentId: randomUUID(),
          status: 'COMPLETED',
          start: at(monday, '09:00'),
          end: at(monday, '09:30'),
          // Valid by the event's schema; more than an invoice's column can hold.
          priceCents: 2 ** 40,
        },
        { id: randomUUID() },
      );
      const probe = new Redis(redis.url);
      await probe.xadd(stream, '*', 'event', JSON.stringify(poison));
      probe.disconnect();
      const patient = await world.patient('Nina After');
      const visit = await approved(patient);
      await complete(visit);
      await invoiceOf(visit.id, patient);
      await eventually(async () => {
        const listed = await deadLettersOf('billing');
        expect(listed).toContain(poison.id);
        expect(listed).toContain('failed 5 times: QueryFailedError: ER_WARN_DATA_OUT_OF_RANGE');
      });
    });

    it('Redis restarted empty: consumers make their groups again, and what it held is published again', async () => {
      const patient = await world.patient('Hanna Redis');
      const inFlight = await approved(patient);
      await eveningClient();
      const restartBilling = await world.supergraph.stopSubgraph!('billing');
      await complete(inFlight);
      // The completion is in the stream, unread by billing, when Redis loses everything.
      const stream = envOf('billing')['EVENT_STREAM']!;
      const probe = new Redis(redis.url);
      await eventually(async () => expect(JSON.stringify(await probe.xrange(stream, '-', '+'))).toContain(inFlight.id));
      probe.disconnect();
      await redis.stop();
      await redis.start();
      const back = Date.now();
      await restartBilling();
      await invoiceOf(inFlight.id, patient, 30_000);
      recordFigure(SUITE, 'Redis restarted empty: the in-flight event applied after', Date.now() - back, 'ms');

      // Every group reads again: notifications apply a new approval, billing bills a new ending. (What the
      // notifications group plans of it depends on which replica's clock applies it: the evening one plans nothing.)
      const after = await approved(patient);
      await eventually(async () => expect(await approvalApplied(after.id)).toBe(1), 20_000);
      await complete(after);
      await invoiceOf(after.id, patient);
      recordFigure(SUITE, 'Redis restarted empty: recovered (new events flowing) after', Date.now() - back, 'ms');
    });

    it('Redis down while a subgraph starts: it serves what needs no event, says so, and catches up', async () => {
      const patient = await world.patient('Vira Outage');
      const visit = await approved(patient);
      await redis.stop();
      const restart = await world.supergraph.stopSubgraph!('prescriptions');
      const starting = Date.now();
      await restart();
      recordFigure(SUITE, 'Redis down: a restarted subgraph answers after', Date.now() - starting, 'ms');
      const ready = await readyOf('prescriptions');
      expect(ready).toMatchObject({ status: 200, body: { checks: { database: 'up', events: 'down' } } });
      const detail = await world.execute(AppointmentDetailDocument, { id: visit.id }, patient.token);
      expect(detail.errors).toBeUndefined();
      expect(dataOf(detail).appointment?.prescriptions).toEqual([]);

      // A change while Redis is away waits in its outbox.
      await complete(visit);
      await redis.start();
      const back = Date.now();
      await eventually(async () => expect((await readyOf('prescriptions')).body.checks['events']).toBe('up'), 15_000);
      await invoiceOf(visit.id, patient, 30_000);
      recordFigure(
        SUITE,
        'Redis down: the change made meanwhile applied after Redis returned',
        Date.now() - back,
        'ms',
      );
    });

    // Nine cold starts in a row: about 3.5 s each on a loaded 2-core machine, more than the 30 s default.
    it('every subgraph exits on SIGTERM, and starts again where it was', async () => {
      for (const name of [
        'accounts',
        'patients',
        'doctors',
        'appointments',
        'billing',
        'prescriptions',
        'feedback',
        'analytics',
      ]) {
        const signalled = Date.now();
        const restart = await world.supergraph.stopSubgraph!(name);
        recordFigure(SUITE, `SIGTERM to exit: ${name}`, Date.now() - signalled, 'ms');
        await restart();
      }
      const patient = await world.patient('Zoia Afterwards');
      const visit = await approved(patient);
      await complete(visit);
      await invoiceOf(visit.id, patient);
    }, 120_000);
  },
);
