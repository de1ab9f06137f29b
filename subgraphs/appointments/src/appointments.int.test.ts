import { randomUUID } from 'node:crypto';
import { doctorsModule } from '@hospital/doctors';
import { patientsModule } from '@hospital/patients';
import { addDays, Role, weekdayOf, zonedParts, zonedToUtc, type HttpService, type Subgraph } from '@hospital/kit';
import {
  auditWritten,
  codeOf,
  dataOf,
  graphqlRequest,
  mysqlAvailable,
  ruleOf,
  startSubgraphForTest,
  testToken,
  type GraphQLResponse,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsModule, createAppointmentsSubgraph } from './app.js';
import { onboardDoctor } from './testing/visit-world.js';

const ZONE = 'Europe/Kyiv';

const REQUEST = `mutation RequestAppointment($input: RequestAppointmentInput!) {
  requestAppointment(input: $input) { id status start end reason patient { id } doctor { id } service { id } }
}`;
const APPROVE = `mutation ($id: ID!, $confirmedTime: DateTime) { approveAppointment(id: $id, confirmedTime: $confirmedTime) { id status start end } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectAppointment(id: $id, reason: $reason) { id status rejectionReason } }`;
const CANCEL = `mutation ($id: ID!, $reason: String) { cancelAppointment(id: $id, reason: $reason) { id status cancellationFee } }`;
const RESCHEDULE = `mutation ($id: ID!, $newStart: DateTime!) { rescheduleAppointment(id: $id, newStart: $newStart) { id status start end rescheduleCount } }`;
const ELSEWHERE = `mutation ($id: ID!, $newStart: DateTime!, $doctorId: ID, $serviceId: ID) {
  rescheduleAppointment(id: $id, newStart: $newStart, doctorId: $doctorId, serviceId: $serviceId) { id status start end rescheduleCount doctor { id } service { id } }
}`;
const COMPLETE = `mutation ($id: ID!) { completeAppointment(id: $id) { id status } }`;
const NO_SHOW = `mutation ($id: ID!) { markNoShow(id: $id) { id status } }`;
const DETAIL = `query ($id: ID!) { appointment(id: $id) { id status start end reason rejectionReason rescheduleCount cancellationFee createdAt patient { id } doctor { id } service { id } } }`;
const LIST = `query ($filter: AppointmentFilter, $first: Int, $after: String) {
  appointments(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id start status patient { id } doctor { id } } } pageInfo { hasNextPage endCursor } }
}`;
const PENDING = `query ($doctorId: ID!) { pendingAppointments(doctorId: $doctorId) { totalCount edges { node { id start reason } } } }`;
const SLOTS = `query ($input: AvailableSlotsInput!) { availableSlots(input: $input) { start end doctor { id } } }`;
const CALENDAR = `query ($input: AvailabilityCalendarInput!) { availabilityCalendar(input: $input) { date freeSlotCount doctors { id } } }`;
const PATIENT_APPOINTMENTS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Patient { id appointments { totalCount edges { node { id } } } } } }`;

interface Slot {
  start: string;
  end: string;
  doctor: { id: string };
}
interface Booked {
  id: string;
  status: string;
  start: string;
  end: string;
}
type Result<T = Record<string, unknown>> = GraphQLResponse<T>;

describe.runIf(await mysqlAvailable())('appointments on MariaDB, with the real doctors and patients subgraphs', () => {
  let doctors: SubgraphForTest;
  let patients: SubgraphForTest;
  let running: SubgraphForTest;
  const started: Subgraph[] = [];

  const ids = {
    admin: randomUUID(),
    staff: randomUUID(),
    stakeholder: randomUUID(),
    patient: randomUUID(),
    otherPatient: randomUUID(),
    doctorA: randomUUID(),
    doctorB: randomUUID(),
    doctorC: randomUUID(),
    outsider: randomUUID(),
  };
  const tokens = {} as Record<keyof typeof ids, string>;
  let serviceId: string;
  let otherServiceId: string;
  /** Obstetrics too: an hour, at 140.00. */
  let scanServiceId: string;
  let bigServiceId: string;
  const bigDepartmentDoctors: string[] = [];
  /** A Monday some weeks ahead, in the clinic's calendar. */
  let monday: string;
  const at = (date: string, hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return zonedToUtc(date, h * 60 + m, ZONE).toISOString();
  };

  const call = <T = Record<string, unknown>>(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) => graphqlRequest<T>(url, query, variables, token);
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    call<T>(running.url, query, variables, token);
  const asAdminOnDoctors = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
    call<T>(doctors.url, query, variables, tokens.admin).then(dataOf);

  const request = (
    patientId: string,
    doctorId: string,
    start: string,
    token = tokens.staff,
    service = serviceId,
  ): Promise<Result<{ requestAppointment: Booked }>> =>
    gql(
      REQUEST,
      { input: { patientId, doctorId, serviceId: service, preferredTime: start, reason: 'Check-up' } },
      token,
    );
  const book = async (patientId: string, doctorId: string, start: string, service = serviceId) =>
    dataOf(await request(patientId, doctorId, start, tokens.staff, service)).requestAppointment;

  /** A patient's own profile when `token` is theirs, a walk-in registered at the desk when it is STAFF's. */
  async function registerPatient(token = tokens.staff): Promise<string> {
    const input = {
      name: 'Olena Marchenko',
      email: `o.${randomUUID()}@example.com`,
      phone: '+380501112233',
      dateOfBirth: '1993-07-14',
      address: '5 Volodymyrska St',
    };
    const registered = await call<{ registerPatient: { id: string } }>(
      patients.url,
      `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
      { input },
      token,
    );
    return dataOf(registered).registerPatient.id;
  }
  const newPatient = () => registerPatient();

  const createDoctor = async (departmentId: string, id = randomUUID()) =>
    (await onboardDoctor(doctors.url, departmentId, tokens.admin, { id })).id;
  const createDepartment = async (name: string) =>
    (
      await asAdminOnDoctors<{ createDepartment: { id: string } }>(
        `mutation ($name: String!) { createDepartment(name: $name) { id } }`,
        { name },
      )
    ).createDepartment.id;
  const createService = async (departmentId: string, durationMinutes = 30, price = '100.00') =>
    (
      await asAdminOnDoctors<{ createMedicalService: { id: string } }>(
        `mutation ($input: MedicalServiceInput!) { createMedicalService(input: $input) { id } }`,
        { input: { name: `Service ${randomUUID()}`, departmentId, durationMinutes, price } },
      )
    ).createMedicalService.id;

  /** Another appointments process on the same database, with some settings of its own. */
  async function startAnother(settings: Record<string, string>): Promise<HttpService> {
    const another = await createAppointmentsSubgraph({ env: { ...running.env, ...settings }, migrate: true });
    started.push(another);
    return another.start();
  }
  /** Another appointments process on the same database whose clock stands at `now`. */
  const startClockedAt = (now: string) =>
    startAnother({ CLOCK_OFFSET_MINUTES: String(Math.round((Date.parse(now) - Date.now()) / 60_000)) });

  beforeAll(async () => {
    for (const [key, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
      const role =
        key.startsWith('doctor') || key === 'outsider'
          ? Role.DOCTOR
          : key.includes('atient')
            ? Role.PATIENT
            : (key.toUpperCase() as Role);
      tokens[key] = await testToken({ id, role });
    }
    doctors = await startSubgraphForTest(doctorsModule, { database: 'appt_doctors' });
    patients = await startSubgraphForTest(patientsModule, { database: 'appt_patients' });
    running = await startSubgraphForTest(appointmentsModule, {
      env: { DOCTORS_URL: doctors.url, PATIENTS_URL: patients.url, CLINIC_TIMEZONE: ZONE },
    });
    await Promise.all([registerPatient(tokens.patient), registerPatient(tokens.otherPatient)]);

    const obstetrics = await createDepartment(`Obstetrics ${randomUUID()}`);
    const neonatology = await createDepartment(`Neonatology ${randomUUID()}`);
    const big = await createDepartment(`Big ${randomUUID()}`);
    serviceId = await createService(obstetrics);
    scanServiceId = await createService(obstetrics, 60, '140.00');
    otherServiceId = await createService(neonatology);
    bigServiceId = await createService(big);
    for (const id of [ids.doctorA, ids.doctorB, ids.doctorC]) await createDoctor(obstetrics, id);
    await createDoctor(neonatology, ids.outsider);
    for (let i = 0; i < 10; i += 1) bigDepartmentDoctors.push(await createDoctor(big));

    let day = addDays(zonedParts(new Date(), ZONE).date, 21);
    while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
    monday = day;
  }, 120_000);

  afterAll(async () => {
    for (const s of started) await s.stop();
    for (const s of [running, patients, doctors]) await s?.close();
  });

  describe('lifecycle and roles', () => {
    it('request → pending → approve; each role allowed or refused as docs/rules.md#roles says', async () => {
      const start = at(monday, '09:00');
      expect(
        codeOf(
          await gql(REQUEST, {
            input: { patientId: ids.patient, doctorId: ids.doctorA, serviceId, preferredTime: start, reason: 'x' },
          }),
        ),
      ).toBe('UNAUTHENTICATED');
      expect(codeOf(await request(ids.otherPatient, ids.doctorA, start, tokens.patient))).toBe('FORBIDDEN');
      expect(codeOf(await request(ids.patient, ids.doctorA, start, tokens.stakeholder))).toBe('FORBIDDEN');
      expect(codeOf(await request(ids.patient, ids.doctorA, start, tokens.doctorA))).toBe('FORBIDDEN');

      const requested = await request(ids.patient, ids.doctorA, start, tokens.patient);
      const booked = dataOf(requested).requestAppointment;
      expect(booked).toMatchObject({ status: 'PENDING', start, end: at(monday, '09:30'), doctor: { id: ids.doctorA } });
      const { id } = booked;

      // Reading: own, the doctor's own, STAFF, ADMIN; nobody else.
      for (const who of ['patient', 'doctorA', 'staff', 'admin'] as const) {
        expect(dataOf(await gql(DETAIL, { id }, tokens[who]))).toMatchObject({
          appointment: { id, cancellationFee: null },
        });
      }
      for (const who of ['otherPatient', 'doctorB', 'stakeholder'] as const) {
        expect(codeOf(await gql(DETAIL, { id }, tokens[who]))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(DETAIL, { id: randomUUID() }, tokens.admin))).toBe('NOT_FOUND');
      expect(codeOf(await gql(DETAIL, { id }))).toBe('UNAUTHENTICATED');
      expect(
        codeOf(
          await gql(
            `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Appointment { id } } }`,
            { r: [{ __typename: 'Appointment', id }] },
            tokens.otherPatient,
          ),
        ),
      ).toBe('FORBIDDEN');

      // The doctor's queue is the doctor's (and the desk's).
      const pending = dataOf(
        await gql<{ pendingAppointments: { edges: { node: { id: string } }[] } }>(
          PENDING,
          { doctorId: ids.doctorA },
          tokens.doctorA,
        ),
      );
      expect(pending.pendingAppointments.edges.map((e) => e.node.id)).toContain(id);
      expect(codeOf(await gql(PENDING, { doctorId: ids.doctorA }, tokens.doctorB))).toBe('FORBIDDEN');
      expect(codeOf(await gql(PENDING, { doctorId: ids.doctorA }, tokens.patient))).toBe('FORBIDDEN');
      expect(dataOf(await gql(PENDING, { doctorId: ids.doctorA }, tokens.staff))).toBeTruthy();

      // Only the doctor (or ADMIN) decides.
      for (const who of ['patient', 'doctorB', 'staff', 'stakeholder'] as const) {
        expect(codeOf(await gql(APPROVE, { id }, tokens[who]))).toBe('FORBIDDEN');
      }
      expect(dataOf(await gql(APPROVE, { id }, tokens.doctorA))).toMatchObject({
        approveAppointment: { status: 'APPROVED' },
      });
      expect(ruleOf(await gql(APPROVE, { id }, tokens.doctorA))).toBe('INVALID_TRANSITION');
      expect(ruleOf(await gql(REJECT, { id, reason: 'late' }, tokens.doctorA))).toBe('INVALID_TRANSITION');
      expect(ruleOf(await gql(COMPLETE, { id }, tokens.doctorA))).toBe('TOO_EARLY');
      expect(ruleOf(await gql(NO_SHOW, { id }, tokens.doctorA))).toBe('TOO_EARLY');

      // The held slot is not offered; cancelled in time it is free again, and costs nothing.
      const slotsOf = async () =>
        dataOf(
          await gql<{ availableSlots: Slot[] }>(
            SLOTS,
            { input: { serviceId, doctorId: ids.doctorA, from: at(monday, '00:00'), to: at(monday, '23:00') } },
            tokens.stakeholder,
          ),
        ).availableSlots.map((s) => s.start);
      expect(await slotsOf()).not.toContain(start);
      expect(codeOf(await gql(CANCEL, { id }, tokens.otherPatient))).toBe('FORBIDDEN');
      expect(dataOf(await gql(CANCEL, { id, reason: 'plans changed' }, tokens.patient))).toEqual({
        cancelAppointment: { id, status: 'CANCELLED', cancellationFee: '0.00' },
      });
      expect(await slotsOf()).toContain(start);
      expect(ruleOf(await gql(CANCEL, { id }, tokens.staff))).toBe('INVALID_TRANSITION');
    });

    it('rejects with a reason; lists show a patient only their own, by start', async () => {
      const day = addDays(monday, 7);
      const a = await book(ids.patient, ids.doctorA, at(day, '11:00'));
      const b = await book(ids.patient, ids.doctorB, at(day, '10:00'));
      await book(ids.otherPatient, ids.doctorA, at(day, '10:00'));
      expect(dataOf(await gql(REJECT, { id: a.id, reason: 'Not my specialty' }, tokens.doctorA))).toEqual({
        rejectAppointment: { id: a.id, status: 'REJECTED', rejectionReason: 'Not my specialty' },
      });
      expect(codeOf(await gql(REJECT, { id: b.id, reason: ' ' }, tokens.doctorB))).toBe('BAD_USER_INPUT');

      type List = {
        appointments: {
          totalCount: number;
          edges: { node: { id: string; start: string; patient: { id: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const filter = { from: at(day, '00:00'), to: at(day, '23:00') };
      const own = dataOf(await gql<List>(LIST, { filter }, tokens.patient)).appointments;
      expect(own.edges.map((e) => e.node.id)).toEqual([b.id, a.id]);
      expect(codeOf(await gql(LIST, { filter: { patientId: ids.otherPatient } }, tokens.patient))).toBe('FORBIDDEN');
      expect(codeOf(await gql(LIST, { filter }, tokens.stakeholder))).toBe('FORBIDDEN');
      const all = dataOf(await gql<List>(LIST, { filter, first: 2 }, tokens.staff)).appointments;
      expect(all.totalCount).toBe(3);
      expect(all.pageInfo.hasNextPage).toBe(true);
      const rest = dataOf(
        await gql<List>(LIST, { filter, first: 2, after: all.pageInfo.endCursor }, tokens.staff),
      ).appointments;
      expect(rest.edges.map((e) => e.node.id)).toEqual([a.id]);
      const pending = dataOf(
        await gql<List>(LIST, { filter: { ...filter, status: ['PENDING'] } }, tokens.doctorA),
      ).appointments;
      expect(pending.edges.map((e) => e.node.patient.id)).toEqual([ids.otherPatient]);

      const entities = dataOf(
        await gql<{ _entities: { appointments: { totalCount: number } }[] }>(
          PATIENT_APPOINTMENTS,
          { r: [{ __typename: 'Patient', id: ids.patient }] },
          tokens.patient,
        ),
      );
      expect(entities._entities[0]?.appointments.totalCount).toBeGreaterThanOrEqual(2);
      expect(
        codeOf(
          await gql(PATIENT_APPOINTMENTS, { r: [{ __typename: 'Patient', id: ids.patient }] }, tokens.otherPatient),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe('booking rules', () => {
    it('names each broken rule in extensions.rule', async () => {
      const day = addDays(monday, 1);
      const soon = new Date(Date.now() + 3_600_000);
      soon.setUTCMinutes(soon.getUTCMinutes() < 30 ? 30 : 60, 0, 0);
      expect(ruleOf(await request(ids.patient, ids.doctorA, soon.toISOString()))).toBe('LEAD_TIME');
      expect(ruleOf(await request(ids.patient, ids.doctorA, at(day, '09:15')))).toBe('SLOT_ALIGNMENT');
      expect(ruleOf(await request(ids.patient, ids.doctorA, at(day, '08:30')))).toBe('CLINIC_HOURS');
      expect(ruleOf(await request(ids.patient, ids.doctorA, at(day, '18:00')))).toBe('CLINIC_HOURS');
      expect(ruleOf(await request(ids.patient, ids.doctorA, at(addDays(monday, 5), '10:00')))).toBe(
        'DOCTOR_UNAVAILABLE',
      );
      expect(ruleOf(await request(ids.patient, ids.outsider, at(day, '10:00')))).toBe('DEPARTMENT_MISMATCH');
      expect(codeOf(await request(ids.patient, ids.doctorA, at(day, '10:00'), tokens.staff, randomUUID()))).toBe(
        'NOT_FOUND',
      );
      const nobody = await request(randomUUID(), ids.doctorA, at(day, '10:00'));
      expect(codeOf(nobody)).toBe('NOT_FOUND');
      expect(nobody.errors?.[0]?.message).toMatch(/^Patient /);

      await asAdminOnDoctors(
        `mutation ($doctorId: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $doctorId, input: $input) { id } }`,
        {
          doctorId: ids.doctorA,
          input: { start: at(day, '15:00'), end: at(day, '16:00'), reason: 'Conference' },
        },
      );
      expect(ruleOf(await request(ids.patient, ids.doctorA, at(day, '15:30')))).toBe('DOCTOR_UNAVAILABLE');
      const slots = dataOf(
        await gql<{ availableSlots: Slot[] }>(
          SLOTS,
          { input: { serviceId, doctorId: ids.doctorA, from: at(day, '00:00'), to: at(day, '23:00') } },
          tokens.patient,
        ),
      ).availableSlots;
      expect(slots.map((s) => s.start)).not.toContain(at(day, '15:00'));
      expect(slots.map((s) => s.start)).toContain(at(day, '16:00'));

      // PATIENT_OVERLAP and SLOT_TAKEN, with alternatives: the doctor's nearest first.
      await book(ids.patient, ids.doctorA, at(day, '10:00'));
      expect(ruleOf(await request(ids.patient, ids.doctorB, at(day, '10:00')))).toBe('PATIENT_OVERLAP');
      const taken = await request(ids.otherPatient, ids.doctorA, at(day, '10:00'));
      expect(ruleOf(taken)).toBe('SLOT_TAKEN');
      const alternatives = taken.errors?.[0]?.extensions?.['alternatives'] as { doctorId: string; start: string }[];
      expect(alternatives).toHaveLength(3);
      expect(alternatives.map((a) => a.doctorId)).toEqual([ids.doctorA, ids.doctorA, ids.doctorA]);
      expect(alternatives.map((a) => a.start).sort()).toEqual([at(day, '09:00'), at(day, '09:30'), at(day, '10:30')]);
    });

    it('DAILY_CAP at 8 active visits; a full day is not offered; a cancellation frees a place', async () => {
      const day = addDays(monday, 2);
      const times = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30'];
      const booked = [];
      for (const time of times) booked.push(await book(await newPatient(), ids.doctorA, at(day, time)));
      const ninth = await request(await newPatient(), ids.doctorA, at(day, '14:00'));
      expect(ruleOf(ninth)).toBe('DAILY_CAP');
      const input = { serviceId, doctorId: ids.doctorA, from: at(day, '00:00'), to: at(day, '23:00') };
      expect(dataOf(await gql<{ availableSlots: Slot[] }>(SLOTS, { input }, tokens.patient)).availableSlots).toEqual(
        [],
      );
      const calendar = dataOf(
        await gql<{ availabilityCalendar: { date: string; freeSlotCount: number; doctors: { id: string }[] }[] }>(
          CALENDAR,
          { input: { serviceId, from: day, to: addDays(day, 1) } },
          tokens.patient,
        ),
      ).availabilityCalendar;
      expect(calendar.map((d) => d.date)).toEqual([day, addDays(day, 1)]);
      expect(calendar[0]?.doctors.map((d) => d.id)).not.toContain(ids.doctorA);
      expect(calendar[0]?.doctors.map((d) => d.id)).toContain(ids.doctorB);
      expect(calendar[1]?.doctors.map((d) => d.id)).toContain(ids.doctorA);

      await gql(CANCEL, { id: booked[0]?.id }, tokens.staff);
      expect(dataOf(await request(await newPatient(), ids.doctorA, at(day, '14:00'))).requestAppointment.status).toBe(
        'PENDING',
      );
    });

    it('reschedules at most twice, moving the held slot; RESCHEDULE_LIMIT', async () => {
      const day = addDays(monday, 3);
      const visit = await book(ids.patient, ids.doctorB, at(day, '09:00'));
      expect(codeOf(await gql(RESCHEDULE, { id: visit.id, newStart: at(day, '10:00') }, tokens.doctorB))).toBe(
        'FORBIDDEN',
      );
      const first = dataOf(await gql(RESCHEDULE, { id: visit.id, newStart: at(day, '10:00') }, tokens.patient));
      expect(first).toMatchObject({
        rescheduleAppointment: { start: at(day, '10:00'), rescheduleCount: 1, status: 'PENDING' },
      });
      // The old slot is free again at once.
      await book(ids.otherPatient, ids.doctorB, at(day, '09:00'));
      expect(ruleOf(await gql(RESCHEDULE, { id: visit.id, newStart: at(day, '09:00') }, tokens.patient))).toBe(
        'SLOT_TAKEN',
      );
      expect(ruleOf(await gql(RESCHEDULE, { id: visit.id, newStart: at(day, '09:15') }, tokens.patient))).toBe(
        'SLOT_ALIGNMENT',
      );
      await gql(RESCHEDULE, { id: visit.id, newStart: at(day, '11:00') }, tokens.staff);
      expect(ruleOf(await gql(RESCHEDULE, { id: visit.id, newStart: at(day, '12:00') }, tokens.patient))).toBe(
        'RESCHEDULE_LIMIT',
      );
      expect(dataOf(await gql(DETAIL, { id: visit.id }, tokens.patient))).toMatchObject({
        appointment: { start: at(day, '11:00'), rescheduleCount: 2 },
      });
    });

    it('moves a visit to another doctor and service of its department: every rule again, the price following the service', async () => {
      const day = addDays(monday, 17);
      const patientId = await newPatient();
      const visit = await book(patientId, ids.doctorA, at(day, '09:00'));
      dataOf(await gql(APPROVE, { id: visit.id }, tokens.doctorA));
      await book(await newPatient(), ids.doctorB, at(day, '10:00'));
      await asAdminOnDoctors(
        `mutation ($doctorId: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $doctorId, input: $input) { id } }`,
        { doctorId: ids.doctorB, input: { start: at(day, '15:00'), end: at(day, '16:00'), reason: 'Ward round' } },
      );
      const move = (variables: Record<string, unknown>, token = tokens.staff) =>
        gql<{ rescheduleAppointment: Record<string, unknown> }>(ELSEWHERE, { id: visit.id, ...variables }, token);
      const toB = { doctorId: ids.doctorB, serviceId: scanServiceId };

      // Another department's doctor or service: DEPARTMENT_MISMATCH, saying which.
      const foreignDoctor = await move({ newStart: at(day, '11:00'), doctorId: ids.outsider });
      expect(foreignDoctor.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE_VIOLATION',
        rule: 'DEPARTMENT_MISMATCH',
      });
      expect(foreignDoctor.errors?.[0]?.message).toMatch(/doctor of its own department/);
      const foreignService = await move({ newStart: at(day, '11:00'), serviceId: otherServiceId });
      expect(ruleOf(foreignService)).toBe('DEPARTMENT_MISMATCH');
      expect(foreignService.errors?.[0]?.message).toMatch(/service of its own department/);
      expect(codeOf(await move({ newStart: at(day, '11:00'), doctorId: randomUUID() }))).toBe('NOT_FOUND');
      // The new doctor's hours, time off and slots, with the new service's length (an hour from 09:30 meets 10:00).
      expect(ruleOf(await move({ newStart: at(day, '09:30'), ...toB }))).toBe('SLOT_TAKEN');
      expect(ruleOf(await move({ newStart: at(day, '15:00'), ...toB }))).toBe('DOCTOR_UNAVAILABLE');
      expect(ruleOf(await move({ newStart: at(day, '17:30'), ...toB }))).toBe('CLINIC_HOURS');
      expect(ruleOf(await move({ newStart: at(addDays(monday, 5), '10:00'), ...toB }))).toBe('DOCTOR_UNAVAILABLE');
      // The patient's own limit: her other visit at 13:00 with doctor C.
      await book(patientId, ids.doctorC, at(day, '13:30'));
      expect(ruleOf(await move({ newStart: at(day, '13:00'), ...toB }))).toBe('PATIENT_OVERLAP');
      // Who may: unchanged; a doctor does not reschedule, not even to herself.
      expect(codeOf(await move({ newStart: at(day, '11:00'), ...toB }, tokens.doctorA))).toBe('FORBIDDEN');
      expect(codeOf(await move({ newStart: at(day, '11:00'), ...toB }, tokens.doctorB))).toBe('FORBIDDEN');
      expect(codeOf(await move({ newStart: at(day, '11:00'), ...toB }, tokens.otherPatient))).toBe('FORBIDDEN');

      const moved = dataOf(await move({ newStart: at(day, '11:00'), ...toB }));
      expect(moved.rescheduleAppointment).toEqual({
        id: visit.id,
        status: 'APPROVED',
        start: at(day, '11:00'),
        end: at(day, '12:00'),
        rescheduleCount: 1,
        doctor: { id: ids.doctorB },
        service: { id: scanServiceId },
      });
      const [row] = (await running.subgraph.dataSource.query(
        'SELECT doctor_id, service_id, price_cents, duration_minutes FROM appointments WHERE id = ?',
        [visit.id],
      )) as { doctor_id: string; service_id: string; price_cents: number; duration_minutes: number }[];
      expect(row).toEqual({
        doctor_id: ids.doctorB,
        service_id: scanServiceId,
        price_cents: 14_000,
        duration_minutes: 60,
      });
      // The event carries the visit as it stands after, and where it was.
      const events = (await running.subgraph.dataSource.query(
        "SELECT payload FROM outbox WHERE type = 'appointments.rescheduled'",
      )) as { payload: string }[];
      const heard = events.map((e) => JSON.parse(e.payload) as Record<string, unknown>);
      expect(heard.filter((p) => p['appointmentId'] === visit.id)).toEqual([
        expect.objectContaining({
          doctorId: ids.doctorB,
          serviceId: scanServiceId,
          priceCents: 14_000,
          status: 'APPROVED',
          start: at(day, '11:00'),
          end: at(day, '12:00'),
          rescheduleCount: 1,
          previousStart: at(day, '09:00'),
          previousDoctorId: ids.doctorA,
          previousServiceId: serviceId,
        }),
      ]);
      // Doctor A's slot is free at once; both of doctor B's half hours are held.
      await book(await newPatient(), ids.doctorA, at(day, '09:00'));
      expect(ruleOf(await request(await newPatient(), ids.doctorB, at(day, '11:30')))).toBe('SLOT_TAKEN');
      // Back to doctor A with the first service: its price again, and the second and last reschedule.
      const back = dataOf(await move({ newStart: at(day, '14:00'), doctorId: ids.doctorA, serviceId }));
      expect(back.rescheduleAppointment).toMatchObject({ end: at(day, '14:30'), rescheduleCount: 2 });
      const [again] = (await running.subgraph.dataSource.query('SELECT price_cents FROM appointments WHERE id = ?', [
        visit.id,
      ])) as { price_cents: number }[];
      expect(again?.price_cents).toBe(10_000);
      expect(ruleOf(await move({ newStart: at(day, '16:00'), ...toB }))).toBe('RESCHEDULE_LIMIT');
      await book(await newPatient(), ids.doctorB, at(day, '11:00'));
    });

    it("moves the held slots atomically: two desks moving two visits to one doctor's slot, one wins", async () => {
      const day = addDays(monday, 18);
      const first = await book(await newPatient(), ids.doctorA, at(day, '09:00'));
      const second = await book(await newPatient(), ids.doctorC, at(day, '09:00'));
      const target = { newStart: at(day, '12:00'), doctorId: ids.doctorB };
      const results = await Promise.all(
        [first, second].map((v) => gql(ELSEWHERE, { id: v.id, ...target }, tokens.staff)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => ruleOf(r) === 'SLOT_TAKEN')).toHaveLength(1);
      // The loser kept its own slot.
      const loser = results[0]?.errors ? first : second;
      expect(dataOf(await gql(DETAIL, { id: loser.id }, tokens.staff))).toMatchObject({
        appointment: { start: at(day, '09:00'), rescheduleCount: 0 },
      });
      const loserDoctor = loser === first ? ids.doctorA : ids.doctorC;
      expect(ruleOf(await request(await newPatient(), loserDoctor, at(day, '09:00')))).toBe('SLOT_TAKEN');
    });

    it('refuses a search of more than 31 days', async () => {
      const from = at(monday, '00:00');
      const to = new Date(Date.parse(from) + 32 * 86_400_000).toISOString();
      expect(codeOf(await gql(SLOTS, { input: { serviceId, from, to } }, tokens.patient))).toBe('BAD_USER_INPUT');
      expect(
        codeOf(await gql(CALENDAR, { input: { serviceId, from: monday, to: addDays(monday, 31) } }, tokens.patient)),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SLOTS, { input: { serviceId, from, to: from } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('under concurrency', () => {
    it('200 simultaneous requests for one slot: exactly one holder, 199 SLOT_TAKEN with alternatives', async () => {
      const start = at(addDays(monday, 8), '10:00');
      const patientIds = await Promise.all(Array.from({ length: 200 }, newPatient));
      const results = await Promise.all(patientIds.map((patientId) => request(patientId, ids.doctorC, start)));
      const winners = results.filter((r) => r.data?.requestAppointment);
      const taken = results.filter((r) => ruleOf(r) === 'SLOT_TAKEN');
      expect(winners).toHaveLength(1);
      expect(taken).toHaveLength(199);
      for (const r of taken) expect((r.errors?.[0]?.extensions?.['alternatives'] as unknown[]).length).toBe(3);
    });

    it('tells the requests that waited for another one for a held slot at once, without asking the patients subgraph', async () => {
      const start = at(addDays(monday, 8), '11:00');
      await book(await newPatient(), ids.doctorC, start);
      // This process cannot reach patients: any request that asks about its patient fails.
      const cutOff = await startAnother({ PATIENTS_URL: 'http://127.0.0.1:1/graphql' });
      const input = {
        patientId: ids.patient,
        doctorId: ids.doctorC,
        serviceId,
        preferredTime: start,
        reason: 'Check-up',
      };
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => call(cutOff.url, REQUEST, { input }, tokens.staff)),
      );
      // The first goes the whole way (the database would tell it) and fails on patients; those
      // that waited for it read the held slot and are told, alternatives and all.
      const taken = answers.filter((answer) => ruleOf(answer) === 'SLOT_TAKEN');
      expect(taken.length).toBeGreaterThan(0);
      for (const answer of taken) expect(answer.errors?.[0]?.extensions?.['alternatives']).toHaveLength(3);
      const others = answers.filter((answer) => ruleOf(answer) !== 'SLOT_TAKEN').map(codeOf);
      expect(others).toContain('SERVICE_UNAVAILABLE');
      expect(new Set(others)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    });

    it('simultaneous requests for one doctor-day never pass the daily cap', async () => {
      const day = addDays(monday, 9);
      const times = Array.from(
        { length: 18 },
        (_, i) => `${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      );
      const patientIds = await Promise.all(times.map(newPatient));
      const results = await Promise.all(
        times.map((time, i) => request(patientIds[i] ?? '', ids.doctorC, at(day, time))),
      );
      expect(results.filter((r) => r.data?.requestAppointment)).toHaveLength(8);
      expect(results.filter((r) => ruleOf(r) === 'DAILY_CAP')).toHaveLength(10);
    });

    it('simultaneous overlapping requests of one patient: one holder', async () => {
      const day = addDays(monday, 10);
      const patientId = await newPatient();
      const attempts = [ids.doctorA, ids.doctorB, ids.doctorC].flatMap((doctorId) => [
        request(patientId, doctorId, at(day, '10:00')),
        request(patientId, doctorId, at(day, '10:00')),
      ]);
      const results = await Promise.all(attempts);
      expect(results.filter((r) => r.data?.requestAppointment)).toHaveLength(1);
      expect(
        results.every(
          (r) => r.data?.requestAppointment || ['PATIENT_OVERLAP', 'SLOT_TAKEN'].includes(ruleOf(r) as string),
        ),
      ).toBe(true);
      expect(results.filter((r) => ruleOf(r) === 'PATIENT_OVERLAP').length).toBeGreaterThanOrEqual(3);
    });

    it('an approval at another time re-checks every rule atomically', async () => {
      const day = addDays(monday, 11);
      const x = await book(ids.patient, ids.doctorA, at(day, '11:00'));
      await book(ids.otherPatient, ids.doctorA, at(day, '12:00'));
      expect(ruleOf(await gql(APPROVE, { id: x.id, confirmedTime: at(day, '12:00') }, tokens.doctorA))).toBe(
        'SLOT_TAKEN',
      );
      expect(ruleOf(await gql(APPROVE, { id: x.id, confirmedTime: at(day, '18:00') }, tokens.doctorA))).toBe(
        'CLINIC_HOURS',
      );
      expect(dataOf(await gql(DETAIL, { id: x.id }, tokens.patient))).toMatchObject({
        appointment: { status: 'PENDING', start: at(day, '11:00') },
      });

      // Racing a new request for the same slot: exactly one of them gets it.
      const rivalPatient = await newPatient();
      const [approval, rival] = await Promise.all([
        gql(APPROVE, { id: x.id, confirmedTime: at(day, '13:00') }, tokens.doctorA),
        request(rivalPatient, ids.doctorA, at(day, '13:00')),
      ]);
      expect([approval, rival].filter((r) => !r.errors)).toHaveLength(1);
      expect([approval, rival].filter((r) => ruleOf(r) === 'SLOT_TAKEN')).toHaveLength(1);

      if (approval.errors) {
        const moved = dataOf(await gql(APPROVE, { id: x.id, confirmedTime: at(day, '14:00') }, tokens.doctorA));
        expect(moved).toMatchObject({
          approveAppointment: { status: 'APPROVED', start: at(day, '14:00'), end: at(day, '14:30') },
        });
      }
      const slots = dataOf(
        await gql<{ availableSlots: Slot[] }>(
          SLOTS,
          { input: { serviceId, doctorId: ids.doctorA, from: at(day, '00:00'), to: at(day, '23:00') } },
          tokens.patient,
        ),
      ).availableSlots.map((s) => s.start);
      expect(slots).toContain(at(day, '11:00'));
      expect(slots).not.toContain(at(day, '13:00'));
    });
  });

  describe('with the clock moved (CLOCK_OFFSET_MINUTES)', () => {
    it('late cancellation costs 50 %; completion and no-show once started; no reschedule within the hour', async () => {
      const day = addDays(monday, 14);
      const started = await book(ids.patient, ids.doctorB, at(day, '10:00'));
      const noShow = await book(ids.otherPatient, ids.doctorB, at(day, '09:30'));
      const soon = await book(await newPatient(), ids.doctorB, at(day, '11:00'));
      const later = await book(await newPatient(), ids.doctorB, at(day, '13:00'));
      for (const visit of [started, noShow, soon]) await gql(APPROVE, { id: visit.id }, tokens.doctorB);
      expect(ruleOf(await gql(COMPLETE, { id: started.id }, tokens.doctorB))).toBe('TOO_EARLY');

      const clocked = await startClockedAt(at(day, '10:30'));
      const call2 = (query: string, variables: Record<string, unknown>, token: string) =>
        call(clocked.url, query, variables, token);
      expect(codeOf(await call2(COMPLETE, { id: started.id }, tokens.doctorA))).toBe('FORBIDDEN');
      expect(dataOf(await call2(COMPLETE, { id: started.id }, tokens.doctorB))).toEqual({
        completeAppointment: { id: started.id, status: 'COMPLETED' },
      });
      // Started and not yet marked: too late to cancel (and so to trade a no-show's fee for a cancellation's).
      expect(ruleOf(await call2(CANCEL, { id: noShow.id }, tokens.staff))).toBe('TOO_LATE');
      expect(dataOf(await call2(NO_SHOW, { id: noShow.id }, tokens.doctorB))).toEqual({
        markNoShow: { id: noShow.id, status: 'NO_SHOW' },
      });
      expect(ruleOf(await call2(COMPLETE, { id: started.id }, tokens.doctorB))).toBe('INVALID_TRANSITION');
      expect(
        ruleOf(await call2(RESCHEDULE, { id: soon.id, newStart: at(addDays(day, 1), '10:00') }, tokens.staff)),
      ).toBe('RESCHEDULE_WINDOW');
      // What cancelling would cost is told before, as the cancellation then charges it: to the desk
      // (for the patient) the late fee, to the visit's doctor nothing, and nothing once more than 2 hours ahead.
      const FEE = `query ($id: ID!) { appointment(id: $id) { feeIfCancelledNow } }`;
      const feeOf = async (id: string, token: string) =>
        dataOf(await call<{ appointment: { feeIfCancelledNow: string | null } }>(clocked.url, FEE, { id }, token))
          .appointment.feeIfCancelledNow;
      expect(await feeOf(soon.id, tokens.staff)).toBe('50.00');
      expect(await feeOf(soon.id, tokens.doctorB)).toBe('0.00');
      expect(await feeOf(later.id, tokens.staff)).toBe('0.00');
      expect(await feeOf(started.id, tokens.staff)).toBeNull();
      expect(dataOf(await call2(CANCEL, { id: soon.id }, tokens.staff))).toEqual({
        cancelAppointment: { id: soon.id, status: 'CANCELLED', cancellationFee: '50.00' },
      });
      expect(await feeOf(soon.id, tokens.staff)).toBeNull();
      // More than two hours before the start: no fee.
      expect(dataOf(await call2(CANCEL, { id: later.id }, tokens.staff))).toMatchObject({
        cancelAppointment: { cancellationFee: '0.00' },
      });
      // Late, but the doctor's own cancellation: the patient is not charged.
      const doctorsChange = await book(await newPatient(), ids.doctorB, at(day, '11:30'));
      expect(dataOf(await call2(CANCEL, { id: doctorsChange.id }, tokens.doctorB))).toMatchObject({
        cancelAppointment: { status: 'CANCELLED', cancellationFee: '0.00' },
      });
      // Completed and no-show visits free their slots: 09:30 and 10:00 are held no more (but lie in the past there).
      const freed = dataOf(
        await gql<{ availableSlots: Slot[] }>(
          SLOTS,
          { input: { serviceId, doctorId: ids.doctorB, from: at(day, '00:00'), to: at(day, '23:00') } },
          tokens.patient,
        ),
      ).availableSlots.map((s) => s.start);
      expect(freed).toEqual(
        expect.arrayContaining([at(day, '09:30'), at(day, '10:00'), at(day, '11:00'), at(day, '13:00')]),
      );
    });
  });

  describe('the audit trail', () => {
    const written = (work: () => Promise<unknown>) => auditWritten(running.subgraph.dataSource, work);
    const day = () => addDays(monday, 15);

    it('records each change by the desk or an administrator once, committed with it, naming the visit and its patient and nothing of it', async () => {
      const patientId = await newPatient();
      let id = '';
      const requested = await written(async () => {
        id = (await book(patientId, ids.doctorA, at(day(), '09:00'))).id;
      });
      const changes = [requested];
      const change = async (query: string, variables: Record<string, unknown>, token: string) => {
        changes.push(await written(async () => dataOf(await gql(query, { id, ...variables }, token))));
      };
      await change(RESCHEDULE, { newStart: at(day(), '10:00') }, tokens.staff);
      await change(APPROVE, {}, tokens.admin);
      await change(CANCEL, { reason: 'Family emergency' }, tokens.staff);
      const rejected = (await book(patientId, ids.doctorA, at(day(), '11:00'))).id;
      changes.push(
        await written(async () => dataOf(await gql(REJECT, { id: rejected, reason: 'Fully booked' }, tokens.admin))),
      );

      expect(changes.map(({ entries }) => entries.map((e) => [e.action, e.outcome, e.actorRole, e.subjectId]))).toEqual(
        [
          [['appointment.request', 'SUCCESS', 'STAFF', id]],
          [['appointment.reschedule', 'SUCCESS', 'STAFF', id]],
          [['appointment.approve', 'SUCCESS', 'ADMIN', id]],
          [['appointment.cancel', 'SUCCESS', 'STAFF', id]],
          [['appointment.reject', 'SUCCESS', 'ADMIN', rejected]],
        ],
      );
      for (const { entries, transactions, alongside } of changes) {
        expect(entries[0]).toMatchObject({ subjectType: 'Appointment', patientId });
        expect(transactions).toBe(1);
        expect(alongside).toContain('appointments');
      }
      expect(JSON.stringify(changes.map(({ entries }) => entries))).not.toMatch(/Family|Fully|Check-up|100\.00/);
    });

    it("records a refused change as DENIED, naming the patient once the visit was found; the patient's own and her doctor's not at all", async () => {
      const own = await written(async () => {
        const { id } = dataOf(
          await request(ids.patient, ids.doctorA, at(day(), '13:00'), tokens.patient),
        ).requestAppointment;
        dataOf(await gql(RESCHEDULE, { id, newStart: at(day(), '13:30') }, tokens.patient));
        dataOf(await gql(APPROVE, { id }, tokens.doctorA));
        dataOf(await gql(CANCEL, { id }, tokens.patient));
      });
      expect(own.entries).toEqual([]);

      const { id } = await book(ids.patient, ids.doctorA, at(day(), '14:00'));
      const refused = await written(async () => {
        expect(codeOf(await gql(CANCEL, { id }, tokens.otherPatient))).toBe('FORBIDDEN');
        expect(codeOf(await gql(APPROVE, { id }, tokens.staff))).toBe('FORBIDDEN');
        expect(codeOf(await gql(CANCEL, { id }, tokens.stakeholder))).toBe('FORBIDDEN');
        expect(codeOf(await gql(CANCEL, { id }))).toBe('UNAUTHENTICATED');
        expect(codeOf(await request(ids.otherPatient, ids.doctorA, at(day(), '15:00'), tokens.patient))).toBe(
          'FORBIDDEN',
        );
      });
      expect(refused.entries.map((e) => [e.actorId, e.action, e.outcome, e.subjectId, e.patientId])).toEqual([
        [ids.otherPatient, 'appointment.cancel', 'DENIED', id, ids.patient],
        [ids.staff, 'appointment.approve', 'DENIED', id, ids.patient],
        // Refused before the lookup: who has no appointments learns nothing of whose this one is.
        [ids.stakeholder, 'appointment.cancel', 'DENIED', id, null],
        [null, 'appointment.cancel', 'DENIED', id, null],
        [ids.patient, 'appointment.request', 'DENIED', null, ids.otherPatient],
      ]);
    });
  });

  describe('free-slot search', () => {
    // How fast it is, is measured under bench/, side by side; here only what it answers.
    it("finds a month of free slots for every doctor of a department, and refuses another department's service", async () => {
      const from = at(addDays(monday, 28), '00:00');
      const to = new Date(Date.parse(from) + 31 * 86_400_000).toISOString();
      const input = { serviceId: bigServiceId, from, to };
      const result = dataOf(await gql<{ availableSlots: Slot[] }>(SLOTS, { input }, tokens.patient));
      expect(new Set(result.availableSlots.map((s) => s.doctor.id))).toEqual(new Set(bigDepartmentDoctors));
      expect(result.availableSlots.length).toBeGreaterThan(10 * 18 * 20);
      expect(
        ruleOf(
          await gql(SLOTS, { input: { serviceId: otherServiceId, doctorId: ids.doctorA, from, to } }, tokens.patient),
        ),
      ).toBe('DEPARTMENT_MISMATCH');
    });
  });
});
