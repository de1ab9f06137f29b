import { randomUUID } from 'node:crypto';
import { startVisitWorld, type Visit, type VisitStatus, type VisitWorld } from '@hospital/appointments/testing';
import { Role } from '@hospital/kit';
import {
  auditWritten,
  codeOf,
  dataOf,
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  startSubgraphForTest,
  type GraphQLResponse,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrescriptionsSubgraph, prescriptionsModule } from './app.js';

const ISSUE = `mutation IssuePrescription($input: IssuePrescriptionInput!) {
  issuePrescription(input: $input) {
    id medication dosage days instructions issuedAt
    doctor { id } patient { id } appointment { id }
  }
}`;
const PRESCRIPTION = `query ($id: ID!) { prescription(id: $id) { id medication doctor { id } patient { id } appointment { id } } }`;
const PATIENT_PRESCRIPTIONS = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Patient { id prescriptions { id medication dosage days issuedAt } } }
}`;
const APPOINTMENT_PRESCRIPTIONS = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Appointment { id prescriptions { id medication dosage days } } }
}`;
const PRESCRIPTION_ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Prescription { id days } } }`;
const REQUEST = `mutation ($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id } }`;
const CANCEL = `mutation ($id: ID!) { cancelAppointment(id: $id) { id } }`;

interface Issued {
  id: string;
  medication: string;
  dosage: string;
  days: number;
  instructions: string | null;
  issuedAt: string;
  doctor: { id: string };
  patient: { id: string };
  appointment: { id: string };
}
interface Listed {
  _entities: ({ id: string; prescriptions: { id: string }[] } | null)[];
}
type Result<T = Record<string, unknown>> = GraphQLResponse<T>;

const idsOf = (r: Result<Listed>) => dataOf(r)._entities[0]?.prescriptions.map((p) => p.id);

const folicAcid = (appointmentId: string) => ({
  appointmentId,
  medication: 'Folic acid',
  dosage: '400 µg once a day',
  days: 90,
  instructions: 'With breakfast',
});

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))(
  'prescriptions on MariaDB, for real visits of the appointments subgraph, with the Redis stream',
  () => {
    const stream = `test:events:${randomUUID()}`;
    let world: VisitWorld;
    let running: SubgraphForTest;

    beforeAll(async () => {
      world = await startVisitWorld({ stream });
      running = await startSubgraphForTest(prescriptionsModule, {
        stream,
        env: { APPOINTMENTS_URL: world.appointmentsUrl },
      });
    });
    afterAll(async () => {
      await running?.close();
      await world?.stop();
    });

    const as = (id: string, role: Role) => world.token(id, role);
    const staff = () => as(randomUUID(), Role.STAFF);
    const issue = (input: Record<string, unknown>, token?: string) =>
      graphqlRequest<{ issuePrescription: Issued }>(running.url, ISSUE, { input }, token);
    const issueAtVisit = async (visit: Visit, input: Record<string, unknown> = {}) =>
      dataOf(await issue({ ...folicAcid(visit.appointmentId), ...input }, visit.doctorToken)).issuePrescription;
    const read = (id: string, token?: string) =>
      graphqlRequest<{ prescription: Issued }>(running.url, PRESCRIPTION, { id }, token);
    const ofPatient = (patientId: string, token?: string) =>
      graphqlRequest<Listed>(
        running.url,
        PATIENT_PRESCRIPTIONS,
        { r: [{ __typename: 'Patient', id: patientId }] },
        token,
      );
    const ofAppointment = (appointmentId: string, token?: string) =>
      graphqlRequest<Listed>(
        running.url,
        APPOINTMENT_PRESCRIPTIONS,
        { r: [{ __typename: 'Appointment', id: appointmentId }] },
        token,
      );
    const careStatusOf = async (appointmentId: string): Promise<string | undefined> => {
      const rows: { status: string }[] = await running.subgraph.dataSource.query(
        'SELECT status FROM care_visits WHERE appointment_id = ?',
        [appointmentId],
      );
      return rows[0]?.status;
    };

    describe('issuing', () => {
      it.each(['APPROVED', 'COMPLETED'] as const)(
        "lets the visit's doctor prescribe at a %s visit, stored under the visit's doctor and patient",
        async (status) => {
          const visit = await world.visit(status);
          const result = await issue(
            { ...folicAcid(visit.appointmentId), medication: '  Folic acid  ', instructions: '   ' },
            visit.doctorToken,
          );
          const issued = dataOf(result).issuePrescription;
          expect(issued).toMatchObject({
            medication: 'Folic acid',
            dosage: '400 µg once a day',
            days: 90,
            instructions: null,
            doctor: { id: visit.doctorId },
            patient: { id: visit.patientId },
            appointment: { id: visit.appointmentId },
          });
          expect(Date.now() - Date.parse(issued.issuedAt)).toBeLessThan(60_000);
          expect(dataOf(await read(issued.id, visit.doctorToken)).prescription.id).toBe(issued.id);
        },
      );

      it.each(['PENDING', 'REJECTED', 'CANCELLED', 'NO_SHOW'] as VisitStatus[])(
        'refuses a %s visit with VISIT_NOT_PRESCRIBABLE',
        async (status) => {
          const visit = await world.visit(status);
          const result = await issue(folicAcid(visit.appointmentId), visit.doctorToken);
          expect(result.errors?.[0]?.extensions).toMatchObject({
            code: 'BUSINESS_RULE_VIOLATION',
            rule: 'VISIT_NOT_PRESCRIBABLE',
            status,
          });
          expect(await ofPatient(visit.patientId, await staff()).then(idsOf)).toEqual([]);
        },
      );

      it('refuses another doctor, the patient, reception, stakeholders and administrators', async () => {
        const visit = await world.visit('APPROVED');
        const others = [
          await as(randomUUID(), Role.DOCTOR),
          visit.patientToken,
          await staff(),
          await as(randomUUID(), Role.STAKEHOLDER),
          await as(randomUUID(), Role.ADMIN),
        ];
        for (const token of others) {
          expect(codeOf(await issue(folicAcid(visit.appointmentId), token))).toBe('FORBIDDEN');
        }
        expect(codeOf(await issue(folicAcid(visit.appointmentId)))).toBe('UNAUTHENTICATED');
        expect(await ofPatient(visit.patientId, await staff()).then(idsOf)).toEqual([]);
      });

      it('answers NOT_FOUND for a visit that does not exist', async () => {
        const doctor = await as(randomUUID(), Role.DOCTOR);
        expect(codeOf(await issue(folicAcid(randomUUID()), doctor))).toBe('NOT_FOUND');
      });

      it('names every bad field at once and stores nothing', async () => {
        const visit = await world.visit('APPROVED');
        const result = await issue(
          {
            appointmentId: visit.appointmentId,
            medication: ' ',
            dosage: 'd'.repeat(201),
            days: 366,
            instructions: 'i'.repeat(2_001),
          },
          visit.doctorToken,
        );
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        const fields = result.errors?.[0]?.extensions?.['fields'] as { field: string }[];
        expect(fields.map((f) => f.field)).toEqual(['medication', 'dosage', 'days', 'instructions']);
        expect(codeOf(await issue({ ...folicAcid(visit.appointmentId), days: 0 }, visit.doctorToken))).toBe(
          'BAD_USER_INPUT',
        );
        expect(await ofPatient(visit.patientId, await staff()).then(idsOf)).toEqual([]);
      });

      it('holds the days to 1–365 in the database too', async () => {
        const insert = (days: number) =>
          running.subgraph.dataSource.query(
            `INSERT INTO prescriptions (id, appointment_id, doctor_id, patient_id, medication, dosage, days, issued_at)
             VALUES (?, ?, ?, ?, 'Iron', '1 tablet', ?, NOW(3))`,
            [randomUUID(), randomUUID(), randomUUID(), randomUUID(), days],
          );
        await expect(insert(0)).rejects.toThrow(/chk_prescriptions_days/);
        await expect(insert(366)).rejects.toThrow(/chk_prescriptions_days/);
      });

      it('answers SERVICE_UNAVAILABLE naming appointments, and nothing of where it is, when it cannot be reached', async () => {
        const cut = await createPrescriptionsSubgraph({
          env: { ...running.env, APPOINTMENTS_URL: 'http://127.0.0.1:9/graphql', APPOINTMENTS_TIMEOUT_MS: '500' },
        });
        const cutHttp = await cut.start();
        try {
          const visit = await world.visit('APPROVED');
          const result = await graphqlRequest(
            cutHttp.url,
            ISSUE,
            { input: folicAcid(visit.appointmentId) },
            visit.doctorToken,
          );
          expect(result.errors?.[0]).toMatchObject({
            message: 'The appointments service is unavailable; try again shortly',
            extensions: { code: 'SERVICE_UNAVAILABLE', service: 'appointments' },
          });
          expect(JSON.stringify(result.errors)).not.toContain('127.0.0.1');
        } finally {
          await cut.stop();
        }
      });
    });

    describe('reading', () => {
      let visit: Visit;
      let issued: Issued;
      beforeAll(async () => {
        visit = await world.visit('COMPLETED');
        issued = await issueAtVisit(visit);
      });

      it('lets the patient read their own, and no other patient', async () => {
        expect(dataOf(await read(issued.id, visit.patientToken)).prescription).toMatchObject({
          id: issued.id,
          patient: { id: visit.patientId },
        });
        expect(idsOf(await ofPatient(visit.patientId, visit.patientToken))).toEqual([issued.id]);
        expect(idsOf(await ofAppointment(visit.appointmentId, visit.patientToken))).toEqual([issued.id]);
        const stranger = await as(randomUUID(), Role.PATIENT);
        expect(codeOf(await read(issued.id, stranger))).toBe('FORBIDDEN');
        expect(codeOf(await ofPatient(visit.patientId, stranger))).toBe('FORBIDDEN');
        expect(codeOf(await ofAppointment(visit.appointmentId, stranger))).toBe('FORBIDDEN');
      });

      it('lets reception and administrators read any, and refuses stakeholders', async () => {
        for (const token of [await staff(), await as(randomUUID(), Role.ADMIN)]) {
          expect(dataOf(await read(issued.id, token)).prescription.id).toBe(issued.id);
          expect(idsOf(await ofPatient(visit.patientId, token))).toEqual([issued.id]);
          expect(idsOf(await ofAppointment(visit.appointmentId, token))).toEqual([issued.id]);
        }
        const stakeholder = await as(randomUUID(), Role.STAKEHOLDER);
        expect(codeOf(await read(issued.id, stakeholder))).toBe('FORBIDDEN');
        expect(codeOf(await ofPatient(visit.patientId, stakeholder))).toBe('FORBIDDEN');
        expect(codeOf(await ofAppointment(randomUUID(), stakeholder))).toBe('FORBIDDEN');
      });

      it('refuses a doctor who has no visit with the patient, with an error on the field', async () => {
        const doctor = await as(randomUUID(), Role.DOCTOR);
        expect(codeOf(await read(issued.id, doctor))).toBe('FORBIDDEN');
        const list = await ofPatient(visit.patientId, doctor);
        expect(list.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])).toEqual([
          ['_entities.0.prescriptions', 'FORBIDDEN'],
        ]);
        expect(codeOf(await ofAppointment(visit.appointmentId, doctor))).toBe('FORBIDDEN');
      });

      it("shows a doctor the patient's prescriptions by others once the patient asks them for a visit", async () => {
        const other = await world.visit('PENDING');
        expect(codeOf(await read(issued.id, other.doctorToken))).toBe('FORBIDDEN');
        expect(codeOf(await ofPatient(visit.patientId, other.doctorToken))).toBe('FORBIDDEN');

        const laterStart = new Date(Date.parse(visit.start) + 60 * 60_000).toISOString();
        const input = {
          patientId: visit.patientId,
          doctorId: other.doctorId,
          serviceId: visit.serviceId,
          preferredTime: laterStart,
          reason: 'Second opinion',
        };
        const asked = dataOf(
          await graphqlRequest<{ requestAppointment: { id: string } }>(
            world.appointmentsUrl,
            REQUEST,
            { input },
            visit.patientToken,
          ),
        ).requestAppointment;

        await eventually(async () =>
          expect(idsOf(await ofPatient(visit.patientId, other.doctorToken))).toEqual([issued.id]),
        );
        expect(dataOf(await read(issued.id, other.doctorToken)).prescription.id).toBe(issued.id);
        expect(idsOf(await ofAppointment(visit.appointmentId, other.doctorToken))).toEqual([issued.id]);

        // A cancelled request no longer keeps the patient in their care.
        dataOf(await graphqlRequest(world.appointmentsUrl, CANCEL, { id: asked.id }, visit.patientToken));
        await eventually(async () =>
          expect(codeOf(await ofPatient(visit.patientId, other.doctorToken))).toBe('FORBIDDEN'),
        );
        expect(codeOf(await read(issued.id, other.doctorToken))).toBe('FORBIDDEN');
      });

      it('always shows a doctor what they issued, even once the visit is cancelled', async () => {
        const approved = await world.visit('APPROVED');
        const own = await issueAtVisit(approved, { medication: 'Magnesium' });
        dataOf(
          await graphqlRequest(world.appointmentsUrl, CANCEL, { id: approved.appointmentId }, approved.patientToken),
        );
        await eventually(async () => expect(await careStatusOf(approved.appointmentId)).toBe('CANCELLED'));
        expect(idsOf(await ofPatient(approved.patientId, approved.doctorToken))).toEqual([own.id]);
        expect(dataOf(await read(own.id, approved.doctorToken)).prescription.id).toBe(own.id);
        expect(idsOf(await ofAppointment(approved.appointmentId, approved.doctorToken))).toEqual([own.id]);
      });

      it("lists a patient's and a visit's prescriptions oldest first, in the shape the client asks for", async () => {
        const completed = await world.visit('COMPLETED');
        const first = await issueAtVisit(completed);
        const second = await issueAtVisit(completed, { medication: 'Vitamin D3', dosage: '1000 IU', days: 60 });
        const patient = await ofPatient(completed.patientId, completed.patientToken);
        expect(dataOf(patient)._entities).toEqual([
          {
            id: completed.patientId,
            prescriptions: [
              {
                id: first.id,
                medication: 'Folic acid',
                dosage: '400 µg once a day',
                days: 90,
                issuedAt: first.issuedAt,
              },
              { id: second.id, medication: 'Vitamin D3', dosage: '1000 IU', days: 60, issuedAt: second.issuedAt },
            ],
          },
        ]);
        expect(idsOf(await ofAppointment(completed.appointmentId, completed.doctorToken))).toEqual([
          first.id,
          second.id,
        ]);
      });

      it('answers a visit or a patient without prescriptions with an empty list', async () => {
        const admin = await as(randomUUID(), Role.ADMIN);
        expect(idsOf(await ofAppointment(randomUUID(), admin))).toEqual([]);
        expect(idsOf(await ofPatient(randomUUID(), admin))).toEqual([]);
      });

      it('resolves prescriptions by reference for whoever may read them, and refuses anonymous callers', async () => {
        const r = [{ __typename: 'Prescription', id: issued.id }];
        const seen = await graphqlRequest<{ _entities: { id: string; days: number }[] }>(
          running.url,
          PRESCRIPTION_ENTITY,
          { r },
          visit.patientToken,
        );
        expect(dataOf(seen)._entities).toEqual([{ id: issued.id, days: 90 }]);
        const stranger = await as(randomUUID(), Role.PATIENT);
        expect(codeOf(await graphqlRequest(running.url, PRESCRIPTION_ENTITY, { r }, stranger))).toBe('FORBIDDEN');
        expect(codeOf(await ofPatient(visit.patientId))).toBe('UNAUTHENTICATED');
        expect(codeOf(await ofAppointment(visit.appointmentId))).toBe('UNAUTHENTICATED');
      });

      it('answers NOT_FOUND for a prescription that does not exist', async () => {
        expect(codeOf(await read(randomUUID(), await staff()))).toBe('NOT_FOUND');
      });
    });

    describe('the audit trail', () => {
      let visit: Visit;
      let issued: Issued;
      beforeAll(async () => {
        visit = await world.visit('COMPLETED');
        issued = await issueAtVisit(visit);
      });
      const written = (work: () => Promise<unknown>) => auditWritten(running.subgraph.dataSource, work);

      it("records reception's read of a prescription once, with who and whose and nothing prescribed; the patient's own not at all", async () => {
        const staffId = randomUUID();
        const desk = await as(staffId, Role.STAFF);
        const byDesk = await written(async () => dataOf(await read(issued.id, desk)));
        expect(byDesk.entries).toEqual([
          expect.objectContaining({
            actorId: staffId,
            actorRole: 'STAFF',
            action: 'prescription.read',
            outcome: 'SUCCESS',
            subjectType: 'Prescription',
            subjectId: issued.id,
            patientId: visit.patientId,
          }),
        ]);
        expect(JSON.stringify(byDesk.entries)).not.toContain('Folic');

        const lists = await written(async () => {
          dataOf(await ofPatient(visit.patientId, desk));
          dataOf(await ofAppointment(visit.appointmentId, visit.doctorToken));
        });
        expect(lists.entries.map((e) => [e.actorRole, e.outcome, e.subjectId, e.patientId])).toEqual([
          ['STAFF', 'SUCCESS', null, visit.patientId],
          ['DOCTOR', 'SUCCESS', null, visit.patientId],
        ]);

        const own = await written(async () => {
          dataOf(await read(issued.id, visit.patientToken));
          dataOf(await ofPatient(visit.patientId, visit.patientToken));
          dataOf(await ofAppointment(visit.appointmentId, visit.patientToken));
        });
        expect(own.entries).toEqual([]);
      });

      it('records each refusal as DENIED, naming the patient once the prescription was found', async () => {
        const strangerId = randomUUID();
        const stranger = await as(strangerId, Role.PATIENT);
        const stakeholderId = randomUUID();
        const stakeholder = await as(stakeholderId, Role.STAKEHOLDER);
        const refused = await written(async () => {
          expect(codeOf(await read(issued.id, stranger))).toBe('FORBIDDEN');
          expect(codeOf(await read(issued.id, stakeholder))).toBe('FORBIDDEN');
          expect(codeOf(await ofPatient(visit.patientId, stranger))).toBe('FORBIDDEN');
        });
        expect(refused.entries.map((e) => [e.actorId, e.action, e.outcome, e.subjectId, e.patientId])).toEqual([
          [strangerId, 'prescription.read', 'DENIED', issued.id, visit.patientId],
          // Refused before the lookup: a stakeholder reads no prescription, and learns nothing of whose it is.
          [stakeholderId, 'prescription.read', 'DENIED', issued.id, null],
          [strangerId, 'prescription.read', 'DENIED', null, visit.patientId],
        ]);
      });

      it("records several patients' prescriptions read at once as one entry each, in one transaction", async () => {
        const visits = [visit, ...(await Promise.all([world.visit('COMPLETED'), world.visit('COMPLETED')]))];
        const prescriptions = [issued, ...(await Promise.all(visits.slice(1).map((v) => issueAtVisit(v))))];
        const patients = visits.map((v) => v.patientId).sort();
        const desk = await staff();

        const r = visits.map((v) => ({ __typename: 'Patient', id: v.patientId }));
        const charts = await written(async () =>
          dataOf(await graphqlRequest(running.url, PATIENT_PRESCRIPTIONS, { r }, desk)),
        );
        expect(charts.entries.map((e) => e.patientId).sort()).toEqual(patients);
        expect(charts.transactions).toBe(1);

        const entities = prescriptions.map((p) => ({ __typename: 'Prescription', id: p.id }));
        const byId = await written(async () =>
          dataOf(await graphqlRequest(running.url, PRESCRIPTION_ENTITY, { r: entities }, desk)),
        );
        expect(byId.entries.map((e) => [e.subjectId, e.patientId]).sort()).toEqual(
          prescriptions.map((p) => [p.id, p.patient.id]).sort(),
        );
        expect(byId.transactions).toBe(1);
      });

      it('records a prescription issued once, committed with it, naming it and its patient and nothing prescribed', async () => {
        const at = await world.visit('APPROVED');
        let prescription: Issued | undefined;
        const issuing = await written(async () => {
          prescription = await issueAtVisit(at);
        });
        expect(issuing.entries).toEqual([
          expect.objectContaining({
            actorId: at.doctorId,
            actorRole: 'DOCTOR',
            action: 'prescription.issue',
            outcome: 'SUCCESS',
            subjectType: 'Prescription',
            subjectId: prescription?.id,
            patientId: at.patientId,
          }),
        ]);
        expect(JSON.stringify(issuing.entries)).not.toMatch(/Folic|µg|breakfast/);
        expect(issuing.transactions).toBe(1);
        expect(issuing.alongside).toEqual(['prescriptions']);
      });

      it('records each refused prescription as DENIED, naming the patient once the visit was read', async () => {
        const at = await world.visit('APPROVED');
        const otherDoctorId = randomUUID();
        const otherDoctor = await as(otherDoctorId, Role.DOCTOR);
        const deskId = randomUUID();
        const desk = await as(deskId, Role.STAFF);
        const refused = await written(async () => {
          expect(codeOf(await issue(folicAcid(at.appointmentId), desk))).toBe('FORBIDDEN');
          expect(codeOf(await issue(folicAcid(at.appointmentId), otherDoctor))).toBe('FORBIDDEN');
        });
        expect(refused.entries.map((e) => [e.actorId, e.action, e.outcome, e.subjectId, e.patientId])).toEqual([
          // Refused before the visit is asked for: who may not prescribe learns nothing of whose it is.
          [deskId, 'prescription.issue', 'DENIED', null, null],
          // Appointments refuses another doctor the visit itself.
          [otherDoctorId, 'prescription.issue', 'DENIED', null, null],
        ]);
      });
    });
  },
);
