import { randomUUID } from 'node:crypto';
import { newId, Role } from '@hospital/kit';
import { RedisEventBus } from '@hospital/kit/events';
import {
  appointmentEvent,
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  startSubgraphForTest,
  TEST_REDIS_URL,
  testToken,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientsModule } from '../app.js';

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const PATIENT = `query ($id: ID!) { patient(id: $id) { id name } }`;
const RECORDS = `query ($id: ID!) { patient(id: $id) { id medicalRecords { id } } }`;

const requested = (doctorId: string, patientId: string) =>
  appointmentEvent('appointments.requested', {
    appointmentId: newId(),
    patientId,
    doctorId,
    serviceId: newId(),
    departmentId: newId(),
    start: '2026-12-07T08:00:00.000Z',
    end: '2026-12-07T08:30:00.000Z',
  });

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))(
  'care relationships from the appointments stream (MariaDB + Redis)',
  () => {
    const stream = `test:events:${randomUUID()}`;
    let running: SubgraphForTest;
    // Stands where the appointments subgraph's relay stands: it publishes to the same stream.
    const appointments = new RedisEventBus(TEST_REDIS_URL, () => {}, stream);

    beforeAll(async () => {
      running = await startSubgraphForTest(patientsModule, { database: 'patients_care', stream });
    });
    afterAll(async () => {
      await running?.close();
      await appointments.close();
    });

    const registerPatient = async () => {
      const desk = await testToken({ id: 'desk', role: Role.STAFF });
      const input = {
        name: 'Khrystyna Bilous',
        email: `k.${randomUUID()}@example.com`,
        phone: '+380501112233',
        dateOfBirth: '1990-05-05',
        address: '2 Shota Rustaveli St',
      };
      const result = await graphqlRequest<{ registerPatient: { id: string } }>(running.url, REGISTER, { input }, desk);
      return result.data!.registerPatient.id;
    };
    const readAs = async (doctorId: string, patientId: string) =>
      graphqlRequest(running.url, PATIENT, { id: patientId }, await testToken({ id: doctorId, role: Role.DOCTOR }));

    it('lets a doctor see a patient once the patient has asked them for a visit', async () => {
      const patientId = await registerPatient();
      const doctorId = newId();
      expect((await readAs(doctorId, patientId)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      await appointments.publish(requested(doctorId, patientId));
      await eventually(async () => expect((await readAs(doctorId, patientId)).errors).toBeUndefined());
    });

    it('applies a redelivered event once', async () => {
      const patientId = await registerPatient();
      const event = requested(newId(), patientId);
      await appointments.publish(event);
      await appointments.publish(event);
      await eventually(async () => expect((await readAs(event.payload.doctorId, patientId)).errors).toBeUndefined());
      const applied = await running.subgraph.dataSource.query(
        'SELECT COUNT(*) AS n FROM applied_events WHERE event_id = ?',
        [event.id],
      );
      expect(Number(applied[0].n)).toBe(1);
    });

    it("closes the patient's records to the doctor when the request is rejected, whatever order the events come in", async () => {
      const patientId = await registerPatient();
      const asked = requested(newId(), patientId);
      const rejected = appointmentEvent(
        'appointments.rejected',
        { ...asked.payload, status: 'REJECTED' },
        { occurredAt: asked.occurredAt },
      );
      // The rejection arrives first; the request after it must not reopen the door.
      await appointments.publish(rejected);
      await appointments.publish(asked);
      const marker = requested(newId(), patientId);
      await appointments.publish(marker);
      await eventually(async () => expect((await readAs(marker.payload.doctorId, patientId)).errors).toBeUndefined());
      const doctor = await testToken({ id: asked.payload.doctorId, role: Role.DOCTOR });
      const records = await graphqlRequest(running.url, RECORDS, { id: patientId }, doctor);
      // Who the rejected request was from stays visible on the doctor's list; the records do not.
      expect((await readAs(asked.payload.doctorId, patientId)).errors).toBeUndefined();
      expect(records.errors?.map((error) => [error.path?.join('.'), error.extensions?.['code']])).toEqual([
        ['patient.medicalRecords', 'FORBIDDEN'],
      ]);
    });

    it('applies what was requested while it was down when it comes back', async () => {
      const patientId = await registerPatient();
      const doctorId = newId();
      await running.stopSubgraph();
      await appointments.publish(requested(doctorId, patientId));
      await running.startSubgraph();
      await eventually(async () => expect((await readAs(doctorId, patientId)).errors).toBeUndefined());
    });
  },
);
