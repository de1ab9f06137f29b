import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { doctorsModule } from '@hospital/doctors';
import { addDays, newId, Role, weekdayOf, zonedParts, zonedToUtc, type Subgraph } from '@hospital/kit';
import { RedisEventBus } from '@hospital/kit/events';
import {
  codeOf,
  dataOf,
  eventually,
  graphqlRequest,
  invoiceEvent,
  MailSink,
  mysqlAvailable,
  redisAvailable,
  startSubgraphForTest,
  subjectOf,
  TEST_REDIS_URL,
  testToken,
  textOf,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { patientsModule } from '@hospital/patients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsModule, createAppointmentsSubgraph } from '../app.js';

const ZONE = 'Europe/Kyiv';
const REQUEST = `mutation ($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id start } }`;
const APPROVE = `mutation ($id: ID!) { approveAppointment(id: $id) { id status } }`;
const CANCEL = `mutation ($id: ID!) { cancelAppointment(id: $id) { id status } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectAppointment(id: $id, reason: $reason) { id status } }`;
const IN_DETAIL = `query ($recipientId: ID!) {
  notifications(recipientId: $recipientId, first: 100) {
    edges { node { id kind channel status appointmentId recipientId subject body sentAt } }
  }
}`;
const NOTIFICATIONS = `query ($recipientId: ID!, $first: Int, $after: String) {
  notifications(recipientId: $recipientId, first: $first, after: $after) {
    totalCount edges { node { id kind channel status appointmentId sentAt dueAt attempts } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Row {
  id: string;
  kind: string;
  channel: string;
  status: string;
  appointmentId: string;
  sentAt: string | null;
  dueAt: string;
  attempts: number;
}
interface Sms {
  to: string;
  text: string;
  idempotencyKey: string | undefined;
}

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))(
  'notifications on MariaDB + Redis, with the real patients and doctors subgraphs, SMTP and an SMS webhook',
  () => {
    const stream = `test:events:${randomUUID()}`;
    const started: Subgraph[] = [];
    let patients: SubgraphForTest;
    let doctors: SubgraphForTest;
    let running: SubgraphForTest;

    const smtp = new MailSink();
    const mails = smtp.mails;
    let smtpPort = 0;

    const sms: Sms[] = [];
    let smsFailures = 0;
    let smsRefused = 0;
    const webhook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.headers.authorization !== 'Bearer sms-token') {
          res.writeHead(401).end();
          return;
        }
        if (smsFailures > 0) {
          smsFailures -= 1;
          smsRefused += 1;
          res.writeHead(503).end();
          return;
        }
        const idempotencyKey = req.headers['idempotency-key'];
        sms.push({ ...(JSON.parse(body) as Omit<Sms, 'idempotencyKey'>), idempotencyKey: String(idempotencyKey) });
        res.writeHead(202).end();
      });
    });

    const ids = { patient: '', otherPatient: randomUUID(), doctor: randomUUID(), otherDoctor: randomUUID() };
    const patientContact = { email: `mother.${randomUUID().slice(0, 8)}@example.com`, phone: '+380501112233' };
    const doctorContact = { email: `dr.${randomUUID().slice(0, 8)}@hospital.test`, phone: '+380441234567' };
    let serviceId: string;
    const serviceName = `Check-up ${randomUUID()}`;
    const departmentName = `Obstetrics ${randomUUID()}`;
    let monday: string;
    const tokens: Record<'staff' | 'admin' | 'patient' | 'otherPatient' | 'doctor' | 'otherDoctor', string> = {
      staff: '',
      admin: '',
      patient: '',
      otherPatient: '',
      doctor: '',
      otherDoctor: '',
    };

    const at = (date: string, hhmm: string) => {
      const [h = 0, m = 0] = hhmm.split(':').map(Number);
      return zonedToUtc(date, h * 60 + m, ZONE);
    };
    /** Another appointments process on the same database and stream whose clock stands at `now`. */
    async function startClockedAt(now: Date): Promise<Subgraph> {
      const offset = Math.round((now.getTime() - Date.now()) / 60_000);
      const clocked = await createAppointmentsSubgraph({
        env: { ...running.env, CLOCK_OFFSET_MINUTES: String(offset) },
        migrate: true,
      });
      await clocked.start();
      started.push(clocked);
      return clocked;
    }

    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token?: string) =>
      graphqlRequest<T>(running.url, query, variables, token);
    const notificationsOf = async (recipientId: string, token = tokens.staff): Promise<Row[]> =>
      dataOf(
        await gql<{ notifications: { edges: { node: Row }[] } }>(NOTIFICATIONS, { recipientId, first: 100 }, token),
      ).notifications.edges.map((e) => e.node);
    const ofVisit = async (appointmentId: string, recipientId = ids.patient) =>
      (await notificationsOf(recipientId)).filter((n) => n.appointmentId === appointmentId);
    const statusOf = (rows: Row[], kind: string, channel: string) =>
      rows.find((n) => n.kind === kind && n.channel === channel)?.status;

    /** The patient's visit with the doctor at `start`, requested at the desk: its id. */
    async function book(start: Date): Promise<string> {
      const { requestAppointment } = dataOf(
        await gql<{ requestAppointment: { id: string } }>(
          REQUEST,
          {
            input: {
              patientId: ids.patient,
              doctorId: ids.doctor,
              serviceId,
              preferredTime: start.toISOString(),
              reason: 'Check-up',
            },
          },
          tokens.staff,
        ),
      );
      return requestAppointment.id;
    }
    async function bookApproved(start: Date): Promise<string> {
      const id = await book(start);
      dataOf(await gql(APPROVE, { id }, tokens.doctor));
      return id;
    }
    const mailsTo = (address: string, text: string) =>
      mails.filter((m) => m.to.includes(address) && m.raw.includes(text));

    beforeAll(async () => {
      smtpPort = await smtp.listen();
      await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));

      tokens.staff = await testToken({ id: randomUUID(), role: Role.STAFF });
      tokens.admin = await testToken({ id: randomUUID(), role: Role.ADMIN });
      tokens.doctor = await testToken({ id: ids.doctor, role: Role.DOCTOR });
      tokens.otherDoctor = await testToken({ id: ids.otherDoctor, role: Role.DOCTOR });
      tokens.otherPatient = await testToken({ id: ids.otherPatient, role: Role.PATIENT });

      patients = await startSubgraphForTest(patientsModule, { database: 'notif_patients' });
      doctors = await startSubgraphForTest(doctorsModule, { database: 'notif_doctors' });
      running = await startSubgraphForTest(appointmentsModule, {
        database: 'notif_appointments',
        stream,
        env: {
          DOCTORS_URL: doctors.url,
          PATIENTS_URL: patients.url,
          CLINIC_TIMEZONE: ZONE,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          SMTP_FROM: 'Hospital <no-reply@hospital.test>',
          SMS_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/sms`,
          SMS_WEBHOOK_TOKEN: 'sms-token',
          NOTIFICATIONS_POLL_MS: '100',
        },
      });

      const registered = await graphqlRequest<{ registerPatient: { id: string } }>(
        patients.url,
        `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
        {
          input: { name: 'Olena Koval', ...patientContact, dateOfBirth: '1992-03-04', address: '1 Khreshchatyk St' },
        },
        tokens.staff,
      );
      ids.patient = dataOf(registered).registerPatient.id;
      tokens.patient = await testToken({ id: ids.patient, role: Role.PATIENT });

      const onDoctors = async <T>(query: string, variables: Record<string, unknown>) =>
        dataOf(await graphqlRequest<T>(doctors.url, query, variables, tokens.admin));
      const { createDepartment } = await onDoctors<{ createDepartment: { id: string } }>(
        `mutation ($name: String!) { createDepartment(name: $name) { id } }`,
        { name: departmentName },
      );
      serviceId = (
        await onDoctors<{ createMedicalService: { id: string } }>(
          `mutation ($input: MedicalServiceInput!) { createMedicalService(input: $input) { id } }`,
          {
            input: {
              name: serviceName,
              departmentId: createDepartment.id,
              durationMinutes: 30,
              price: '100.00',
            },
          },
        )
      ).createMedicalService.id;
      await onDoctors(`mutation ($input: CreateDoctorInput!) { createDoctor(input: $input) { id } }`, {
        input: {
          userId: ids.doctor,
          name: 'Dr. Iryna Shevchenko',
          ...doctorContact,
          specialty: 'Obstetrics',
          licenseNumber: `LIC-${randomUUID().slice(0, 8)}`,
          departmentId: createDepartment.id,
        },
      });
      await onDoctors(
        `mutation ($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) { setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id } }`,
        {
          doctorId: ids.doctor,
          rules: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((dayOfWeek) => ({
            dayOfWeek,
            startTime: '09:00',
            endTime: '18:00',
          })),
        },
      );
      let day = addDays(zonedParts(new Date(), ZONE).date, 21);
      while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
      monday = day;
    }, 120_000);

    afterAll(async () => {
      for (const subgraph of started.reverse()) await subgraph.stop().catch(() => {});
      for (const tested of [running, doctors, patients]) await tested?.close();
      await smtp.close();
      await new Promise((resolve) => webhook.close(() => resolve(undefined)));
    });

    let visit: string;
    const visitStart = () => at(monday, '10:00');

    it('confirms an approval by e-mail (SMTP) and SMS (webhook) and plans the reminders', async () => {
      visit = await bookApproved(visitStart());
      await eventually(() => {
        expect(mailsTo(patientContact.email, 'is confirmed')).toHaveLength(1);
        expect(sms.filter((m) => m.to === patientContact.phone && m.text.includes('is confirmed'))).toHaveLength(1);
      });
      const [mail] = mailsTo(patientContact.email, 'is confirmed');
      expect(mail!.raw).toContain(`${monday} at 10:00 (Europe/Kyiv)`);
      // The channel has the message a moment before the dispatcher records it sent.
      let rows = await ofVisit(visit);
      await eventually(async () => {
        rows = await ofVisit(visit);
        expect(statusOf(rows, 'CONFIRMATION', 'EMAIL')).toBe('SENT');
        expect(statusOf(rows, 'CONFIRMATION', 'SMS')).toBe('SENT');
      });
      // Each message carries its notification's id, the same on every retry, for the channel to tell a repeat.
      const idOf = (channel: string) => rows.find((n) => n.kind === 'CONFIRMATION' && n.channel === channel)?.id;
      expect(mail!.raw).toMatch(new RegExp(`^Message-ID: <${idOf('EMAIL')}@hospital\\.test>`, 'im'));
      expect(sms.find((m) => m.to === patientContact.phone)?.idempotencyKey).toBe(idOf('SMS'));
      const due = (kind: string) => rows.filter((n) => n.kind === kind).map((n) => [n.channel, n.status, n.dueAt]);
      const start = visitStart().getTime();
      expect(due('REMINDER_24H').sort()).toEqual([
        ['EMAIL', 'PENDING', new Date(start - 24 * 3_600_000).toISOString()],
        ['SMS', 'PENDING', new Date(start - 24 * 3_600_000).toISOString()],
      ]);
      expect(due('REMINDER_1H').sort()).toEqual([
        ['EMAIL', 'PENDING', new Date(start - 3_600_000).toISOString()],
        ['SMS', 'PENDING', new Date(start - 3_600_000).toISOString()],
      ]);
    });

    it('sends a reminder when it is due (a process whose clock stands 23 h before the visit)', async () => {
      const clocked = await startClockedAt(new Date(visitStart().getTime() - 23 * 3_600_000));
      await eventually(async () => {
        const rows = await ofVisit(visit);
        expect(statusOf(rows, 'REMINDER_24H', 'EMAIL')).toBe('SENT');
        expect(statusOf(rows, 'REMINDER_24H', 'SMS')).toBe('SENT');
      });
      await clocked.stop();
      expect(mailsTo(patientContact.email, 'a reminder')).toHaveLength(1);
      expect(sms.filter((m) => m.to === patientContact.phone && m.text.includes('a reminder'))).toHaveLength(1);
      expect(statusOf(await ofVisit(visit), 'REMINDER_1H', 'EMAIL')).toBe('PENDING');
    });

    it('drops the pending reminders of a cancelled visit and tells the doctor', async () => {
      dataOf(await gql(CANCEL, { id: visit }, tokens.patient));
      await eventually(async () => {
        expect(mailsTo(doctorContact.email, 'was cancelled')).toHaveLength(1);
        expect(sms.filter((m) => m.to === doctorContact.phone && m.text.includes('was cancelled'))).toHaveLength(1);
      });
      const rows = await ofVisit(visit);
      expect(statusOf(rows, 'REMINDER_1H', 'EMAIL')).toBe('CANCELLED');
      expect(statusOf(rows, 'REMINDER_1H', 'SMS')).toBe('CANCELLED');
      expect(statusOf(rows, 'REMINDER_24H', 'EMAIL')).toBe('SENT');
      const doctorRows = await notificationsOf(ids.doctor, tokens.doctor);
      expect(doctorRows.map((n) => [n.kind, n.channel, n.status]).sort()).toEqual([
        ['CANCELLATION', 'EMAIL', 'SENT'],
        ['CANCELLATION', 'SMS', 'SENT'],
      ]);
    });

    it('retries a failing SMS webhook with backoff and sends it once it recovers', async () => {
      smsFailures = 1000;
      const id = await bookApproved(at(monday, '11:00'));
      await eventually(async () => {
        const sms = (await ofVisit(id)).find((n) => n.kind === 'CONFIRMATION' && n.channel === 'SMS');
        expect(sms).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
      });
      expect(smsRefused).toBe(1);
      // The next try waits for its backoff (30 s): not before.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smsRefused).toBe(1);
      smsFailures = 0;
      // A process whose clock is 10 minutes ahead finds the retry due.
      const clocked = await startClockedAt(new Date(Date.now() + 10 * 60_000));
      await eventually(async () => {
        const rows = await ofVisit(id);
        expect(statusOf(rows, 'CONFIRMATION', 'SMS')).toBe('SENT');
      });
      await clocked.stop();
      expect(sms.filter((m) => m.to === patientContact.phone && m.text.includes('is confirmed'))).toHaveLength(2);
      expect(statusOf(await ofVisit(id), 'CONFIRMATION', 'EMAIL')).toBe('SENT');
    });

    it('never sends one notification twice with two dispatchers on one database', async () => {
      const day = addDays(monday, -7);
      const visits: string[] = [];
      for (const time of ['10:00', '10:30', '11:00', '11:30']) visits.push(await bookApproved(at(day, time)));
      await eventually(async () => {
        const rows = (await notificationsOf(ids.patient)).filter((n) => visits.includes(n.appointmentId));
        expect(rows.filter((n) => n.kind.startsWith('REMINDER') && n.status === 'PENDING')).toHaveLength(16);
        expect(rows.filter((n) => n.kind === 'CONFIRMATION' && n.status === 'SENT')).toHaveLength(8);
      });
      const mailsBefore = mails.length;
      const smsBefore = sms.length;
      // Both clocks stand at 09:45 that day, before the first visit: all eight 24 h reminders and the
      // 1 h reminders of the 10:00 and 10:30 visits are due at once (a reminder is never sent after its visit started).
      const now = at(day, '09:45');
      const [first, second] = await Promise.all([startClockedAt(now), startClockedAt(now)]);
      await eventually(async () => {
        const rows = (await notificationsOf(ids.patient)).filter((n) => visits.includes(n.appointmentId));
        expect(rows.filter((n) => n.kind.startsWith('REMINDER') && n.status === 'SENT')).toHaveLength(12);
      });
      // Give a second send, were there one, time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await Promise.all([first!.stop(), second!.stop()]);
      expect(mails.slice(mailsBefore).filter((m) => m.raw.includes('a reminder'))).toHaveLength(6);
      expect(sms.slice(smsBefore).filter((m) => m.text.includes('a reminder'))).toHaveLength(6);
    });

    it("tells the patient of a new invoice (billing's event) once, however often it is delivered", async () => {
      const billing = new RedisEventBus(TEST_REDIS_URL, () => {}, stream);
      const createdAt = new Date().toISOString();
      const created = invoiceEvent(
        'billing.invoice-created',
        {
          invoiceId: newId(),
          appointmentId: visit,
          patientId: ids.patient,
          doctorId: ids.doctor,
          departmentId: newId(),
          kind: 'CANCELLATION_FEE',
          subtotalCents: 5_000,
          taxCents: 250,
          totalCents: 5_250,
          createdAt,
        },
        { occurredAt: createdAt },
      );
      try {
        await billing.publish(created);
        await billing.publish(created);
        await billing.publish({ ...created, id: newId() });
      } finally {
        await billing.close();
      }
      await eventually(async () => {
        const rows = await ofVisit(visit);
        expect(statusOf(rows, 'INVOICE', 'EMAIL')).toBe('SENT');
        expect(statusOf(rows, 'INVOICE', 'SMS')).toBe('SENT');
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await ofVisit(visit)).filter((n) => n.kind === 'INVOICE')).toHaveLength(2);
      expect(mailsTo(patientContact.email, 'invoice for your visit')).toHaveLength(1);
      expect(sms.filter((m) => m.to === patientContact.phone && m.text.includes('invoice'))).toHaveLength(1);
    });

    it('tells a rejection by e-mail through SMTP with the service, the doctor, the department and the time, and records it', async () => {
      const id = await book(at(monday, '12:00'));
      dataOf(await gql(REJECT, { id, reason: 'Fully booked' }, tokens.doctor));
      await eventually(() => expect(smtp.to(patientContact.email, 'declined')).toHaveLength(1));
      const [mail] = smtp.to(patientContact.email, 'declined');
      const subject = subjectOf(mail!);
      const text = textOf(mail!);
      expect(subject).toBe(`Your visit request was declined: ${serviceName}, ${monday} 12:00`);
      expect(text).toContain('Dear Olena Koval,');
      expect(text).toContain(`Service: ${serviceName}`);
      expect(text).toContain('Doctor: Dr. Iryna Shevchenko');
      expect(text).toContain(`Location: ${departmentName}`);
      expect(text).toContain(`Date and time: ${monday} at 12:00 (Europe/Kyiv)`);
      await eventually(() =>
        expect(sms.filter((m) => m.to === patientContact.phone && m.text.includes('declined'))).toHaveLength(1),
      );
      const [text_] = sms.filter((m) => m.to === patientContact.phone && m.text.includes('declined'));
      expect(text_!.text).toBe(
        `Your visit request was declined: ${serviceName} with Dr. Iryna Shevchenko, ${departmentName}, ${monday} 12:00. Please request another time.`,
      );
      // Recorded as sent: its recipient, and the very subject and text that went out.
      await eventually(async () => {
        const rows = dataOf(
          await gql<{
            notifications: { edges: { node: Row & { recipientId: string; subject: string | null; body: string } }[] };
          }>(IN_DETAIL, { recipientId: ids.patient }, tokens.patient),
        ).notifications.edges.map((e) => e.node);
        const rejection = rows.filter((n) => n.appointmentId === id && n.kind === 'REJECTION');
        expect(rejection.map((n) => [n.channel, n.status, n.recipientId]).sort()).toEqual([
          ['EMAIL', 'SENT', ids.patient],
          ['SMS', 'SENT', ids.patient],
        ]);
        const email = rejection.find((n) => n.channel === 'EMAIL')!;
        expect(email.subject).toBe(subject);
        expect(email.body).toBe(text);
        const short = rejection.find((n) => n.channel === 'SMS')!;
        expect(short.subject).toBeNull();
        expect(short.body).toBe(text_!.text);
      });
    });

    it('lets the recipient, STAFF and ADMIN read notifications; refuses others', async () => {
      expect((await notificationsOf(ids.patient, tokens.patient)).length).toBeGreaterThan(0);
      expect((await notificationsOf(ids.patient, tokens.admin)).length).toBeGreaterThan(0);
      expect((await notificationsOf(ids.doctor, tokens.doctor)).length).toBe(2);
      expect(codeOf(await gql(NOTIFICATIONS, { recipientId: ids.patient }, tokens.otherPatient))).toBe('FORBIDDEN');
      expect(codeOf(await gql(NOTIFICATIONS, { recipientId: ids.patient }, tokens.doctor))).toBe('FORBIDDEN');
      expect(codeOf(await gql(NOTIFICATIONS, { recipientId: ids.doctor }, tokens.otherDoctor))).toBe('FORBIDDEN');
      expect(codeOf(await gql(NOTIFICATIONS, { recipientId: ids.patient }))).toBe('UNAUTHENTICATED');
      // Pages follow each other without repeats.
      const page = await gql<{
        notifications: { totalCount: number; edges: { node: Row }[]; pageInfo: { endCursor: string } };
      }>(NOTIFICATIONS, { recipientId: ids.patient, first: 3 }, tokens.patient);
      const { totalCount, edges, pageInfo } = dataOf(page).notifications;
      const next = dataOf(
        await gql<{ notifications: { edges: { node: Row }[] } }>(
          NOTIFICATIONS,
          { recipientId: ids.patient, first: 100, after: pageInfo.endCursor },
          tokens.patient,
        ),
      ).notifications.edges;
      expect(edges.length + next.length).toBe(totalCount);
      expect(new Set([...edges, ...next].map((e) => e.node.id)).size).toBe(totalCount);
    });
  },
);
