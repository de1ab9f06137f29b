import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createDoctorsSubgraph } from '@hospital/doctors';
import {
  addDays,
  createLogger,
  REQUEST_ID_HEADER,
  Role,
  weekdayOf,
  zonedParts,
  zonedToUtc,
  type Logger,
  type Subgraph,
} from '@hospital/kit';
import { CareVisit } from '@hospital/kit/care';
import { OutboxEvent } from '@hospital/kit/events';
import {
  bothBackends,
  codeOf,
  dataOf,
  eventually,
  freePort,
  graphqlRequest,
  redisAvailable,
  TEST_REDIS_URL,
  testToken,
  type OpenBackend,
} from '@hospital/kit/testing';
import { createPatientsSubgraph } from '@hospital/patients';
import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppointmentsSubgraph } from './app.js';
import { onboardDoctor, onboardPatient, requestVisit, takeVisitStep, type Party } from './testing/visit-world.js';

/**
 * The patients subgraph decides whether a doctor may see a patient from its care
 * projection, which its consumer fills from the appointments events; a visit it
 * does not hold yet it asks the appointments subgraph about, as the doctor. Here
 * the real doctors, patients and appointments subgraphs run together, the
 * patients replica under test serving requests only (BACKGROUND_WORK=off): it
 * consumes no event, so its projection lacks every visit booked here until a
 * replica that does consume is started.
 */
const ZONE = 'Europe/Kyiv';

const PATIENT = `query ($id: ID!) { patient(id: $id) { id name } }`;
const CHART = `query ($id: ID!) { patient(id: $id) { id medicalRecords { id } } }`;
/** The question patients asks appointments (patients/src/clients/appointments.client.ts), by its name. */
const QUESTION = 'CareVisitsOfPatients';
/** What patients logs when appointments could not be asked. */
const NOT_ASKED = 'could not ask appointments about visits the care projection lacks';

type LogLine = Record<string, unknown>;

/** A subgraph's log lines, kept as it writes them: what it did, seen from outside. */
function logOf(name: string): { lines: LogLine[]; logger: Logger } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { lines, logger: createLogger({ name, level: 'info' }, sink) };
}

interface Booked {
  appointmentId: string;
  doctor: Party;
  patient: Party & { name: string };
}

// Every subgraph here on Redis, whichever backend: the consumer started at the end reads what appointments published.
const redis = await redisAvailable();

for (const backend of bothBackends) {
  describe.runIf(redis && (await backend.available()))(
    `patients asking appointments about a visit its care projection lacks, on ${backend.name}`,
    () => {
      const shared = { REDIS_URL: TEST_REDIS_URL, EVENT_STREAM: `test:events:${randomUUID()}` };
      let opened: OpenBackend;
      const running: Subgraph[] = [];
      /** The replica under test: serves requests, consumes nothing. */
      let patients: Subgraph;
      let appointments: Subgraph;
      let doctorsUrl: string;
      let patientsUrl: string;
      let appointmentsUrl: string;
      const patientsLog = logOf('patients');
      const appointmentsLog = logOf('appointments');
      let admin: string;
      let serviceId: string;
      let departmentId: string;
      let visitStart: string;

      const start = async (subgraph: Subgraph) => {
        running.push(subgraph);
        return (await subgraph.start()).url;
      };
      const stop = async (subgraph: Subgraph) => {
        running.splice(running.indexOf(subgraph), 1);
        await subgraph.stop();
      };
      const patientsEnv = (extra: Record<string, string>) =>
        opened.env('patients', { ...shared, APPOINTMENTS_URL: appointmentsUrl, ...extra });

      const on = async <T>(url: string, query: string, variables: Record<string, unknown>, token: string) =>
        dataOf(await graphqlRequest<T>(url, query, variables, token));
      /** `query` asked of the patients replica under test, under a request id of the test's own. */
      const askPatients = (query: string, id: string, token: string, requestId = randomUUID()) =>
        graphqlRequest<{ patient: { id: string; name?: string } | null }>(patientsUrl, query, { id }, token, {
          [REQUEST_ID_HEADER]: requestId,
        });
      /** The rows the patients projection holds for the pair. */
      const projected = ({ doctor, patient }: Booked) =>
        patients.dataSource.getRepository(CareVisit).countBy({ doctorId: doctor.id, patientId: patient.id });

      /** A new patient's visit with a new doctor, booked by her through appointments and brought to `status`. */
      async function book(status: 'PENDING' | 'APPROVED' | 'REJECTED'): Promise<Booked> {
        const [doctor, patient] = await Promise.all([
          onboardDoctor(doctorsUrl, departmentId, admin),
          onboardPatient(patientsUrl),
        ]);
        const id = await requestVisit(appointmentsUrl, patient, { doctorId: doctor.id, serviceId, start: visitStart });
        if (status === 'APPROVED') await takeVisitStep(appointmentsUrl, id, 'approve', doctor.token);
        if (status === 'REJECTED') await takeVisitStep(appointmentsUrl, id, 'reject', doctor.token);
        return { appointmentId: id, doctor, patient };
      }

      beforeAll(async () => {
        admin = await testToken({ id: randomUUID(), role: Role.ADMIN });
        opened = await backend.open(['doctors', 'patients', 'appointments']);
        doctorsUrl = await start(await createDoctorsSubgraph({ env: opened.env('doctors', shared), migrate: true }));
        // Each asks the other: appointments' address is settled before either starts.
        const appointmentsPort = String(await freePort());
        appointmentsUrl = `http://127.0.0.1:${appointmentsPort}/graphql`;
        patients = await createPatientsSubgraph({
          env: patientsEnv({ BACKGROUND_WORK: 'off' }),
          migrate: true,
          logger: patientsLog.logger,
        });
        patientsUrl = await start(patients);
        appointments = await createAppointmentsSubgraph({
          env: opened.env('appointments', {
            ...shared,
            APPOINTMENTS_PORT: appointmentsPort,
            DOCTORS_URL: doctorsUrl,
            PATIENTS_URL: patientsUrl,
            CLINIC_TIMEZONE: ZONE,
          }),
          migrate: true,
          logger: appointmentsLog.logger,
        });
        expect(await start(appointments)).toBe(appointmentsUrl);

        departmentId = (
          await on<{ createDepartment: { id: string } }>(
            doctorsUrl,
            'mutation ($name: String!) { createDepartment(name: $name) { id } }',
            { name: `Obstetrics ${randomUUID().slice(0, 8)}` },
            admin,
          )
        ).createDepartment.id;
        serviceId = (
          await on<{ createMedicalService: { id: string } }>(
            doctorsUrl,
            'mutation ($input: MedicalServiceInput!) { createMedicalService(input: $input) { id } }',
            { input: { name: 'Antenatal check-up', departmentId, durationMinutes: 30, price: '100.00' } },
            admin,
          )
        ).createMedicalService.id;
        // A new doctor and a new patient for each visit: one time for all of them.
        let day = addDays(zonedParts(new Date(), ZONE).date, 7);
        while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
        visitStart = zonedToUtc(day, 10 * 60, ZONE).toISOString();
      }, 120_000);

      afterAll(async () => {
        for (const subgraph of [...running].reverse()) await subgraph.stop();
        await opened?.close();
      });

      it('shows a doctor the patient of a visit just booked, asking appointments within her request', async () => {
        const visit = await book('PENDING');
        expect(await projected(visit)).toBe(0);

        const requestId = randomUUID();
        const seen = await askPatients(PATIENT, visit.patient.id, visit.doctor.token, requestId);
        expect(seen.errors).toBeUndefined();
        expect(seen.data).toEqual({ patient: { id: visit.patient.id, name: visit.patient.name } });
        // Appointments was asked once, within her request, and accepted the call's credentials (no UNAUTHENTICATED,
        // no FORBIDDEN). Whose token it was its logs do not say; only that the caller could list this doctor's visits.
        await eventually(() =>
          expect(appointmentsLog.lines.filter((line) => line['requestId'] === requestId)).toEqual([
            expect.objectContaining({ msg: 'operation', operationName: QUESTION }),
          ]),
        );
        expect(appointmentsLog.lines.find((line) => line['requestId'] === requestId)).not.toHaveProperty('errorCodes');

        // Her records too: a visit asked for keeps the patient in the doctor's care.
        const chart = await askPatients(CHART, visit.patient.id, visit.doctor.token);
        expect(chart.errors).toBeUndefined();
        expect(chart.data).toEqual({ patient: { id: visit.patient.id, medicalRecords: [] } });
        // Another doctor asks about her own pair, as herself: appointments knows no visit of hers with the patient.
        const otherDoctor = await testToken({ id: randomUUID(), role: Role.DOCTOR });
        expect(codeOf(await askPatients(PATIENT, visit.patient.id, otherDoctor))).toBe('FORBIDDEN');
        expect(await projected(visit)).toBe(0);
      });

      it("keeps a rejected visit's patient visible but her records closed, as the projection would", async () => {
        const visit = await book('REJECTED');
        expect(await projected(visit)).toBe(0);
        const seen = await askPatients(PATIENT, visit.patient.id, visit.doctor.token);
        expect(seen.errors).toBeUndefined();
        expect(seen.data).toEqual({ patient: { id: visit.patient.id, name: visit.patient.name } });
        const chart = await askPatients(CHART, visit.patient.id, visit.doctor.token);
        expect(chart.errors?.map((error) => [error.extensions?.['code'], error.path])).toEqual([
          ['FORBIDDEN', ['patient', 'medicalRecords']],
        ]);
      });

      // Last: it stops appointments, and the consumer it starts then records every visit booked here.
      it('leaves the answer to the projection when appointments cannot be asked, at once', async () => {
        const visit = await book('APPROVED');
        // Its events on the stream before appointments goes, for the consumer started below.
        await eventually(async () =>
          expect(await appointments.dataSource.getRepository(OutboxEvent).countBy({ publishedAt: IsNull() })).toBe(0),
        );
        await stop(appointments);

        const requestId = randomUUID();
        const asked = performance.now();
        const refused = await askPatients(PATIENT, visit.patient.id, visit.doctor.token, requestId);
        // Three tries at most (each within APPOINTMENTS_TIMEOUT_MS, 1 s) and the short waits between them.
        expect(performance.now() - asked).toBeLessThan(3_500);
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(refused.data).toEqual({ patient: null });
        expect(patientsLog.lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: NOT_ASKED, requestId }));

        // A replica that consumes the appointments events records the visit in the projection they share…
        await start(await createPatientsSubgraph({ env: patientsEnv({}) }));
        await eventually(async () => expect(await projected(visit)).toBe(1), 20_000);
        // …and the one under test, appointments still away, now lets her doctor see her.
        const seen = await askPatients(PATIENT, visit.patient.id, visit.doctor.token);
        expect(seen.errors).toBeUndefined();
        expect(seen.data).toEqual({ patient: { id: visit.patient.id, name: visit.patient.name } });
      });
    },
  );
}
