import { randomUUID } from 'node:crypto';
import { createDoctorsSubgraph } from '@hospital/doctors';
import { addDays, Role, weekdayOf, zonedParts, zonedToUtc, type Subgraph } from '@hospital/kit';
import {
  createTestDatabase,
  graphqlRequest,
  subgraphTestEnv,
  TEST_REDIS_URL,
  testToken,
  type TestDatabase,
} from '@hospital/kit/testing';
import { createPatientsSubgraph } from '@hospital/patients';
import { createAppointmentsSubgraph } from '../app.js';

/**
 * For other subgraphs' integration tests: real visits, made by the real doctors,
 * patients and appointments subgraphs on MariaDB test databases, their events
 * published on a Redis stream the test names. Kept out of the build; other
 * packages import it as `@hospital/appointments/testing` from their tests only.
 */
export type VisitStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW';

export interface Visit {
  appointmentId: string;
  patientId: string;
  doctorId: string;
  serviceId: string;
  departmentId: string;
  /** ISO 8601, UTC. */
  start: string;
  patientToken: string;
  doctorToken: string;
}

export interface VisitWorld {
  /** The appointments subgraph's /graphql, as another subgraph's APPOINTMENTS_URL. */
  appointmentsUrl: string;
  patientsUrl: string;
  doctorsUrl: string;
  /** A visit of a new patient with a new doctor of one department, brought to `status`. */
  visit(status: VisitStatus): Promise<Visit>;
  token(id: string, role: Role): Promise<string>;
  stop(): Promise<void>;
}

const ZONE = 'Europe/Kyiv';
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
/** Far enough ahead that every visit booked here has started for the later appointments process. */
const LATER_MINUTES = 60 * 24 * 30;

const STEPS = {
  approve: 'mutation ($id: ID!) { approveAppointment(id: $id) { id } }',
  reject: 'mutation ($id: ID!, $reason: String!) { rejectAppointment(id: $id, reason: $reason) { id } }',
  cancel: 'mutation ($id: ID!) { cancelAppointment(id: $id) { id } }',
  complete: 'mutation ($id: ID!) { completeAppointment(id: $id) { id } }',
  noShow: 'mutation ($id: ID!) { markNoShow(id: $id) { id } }',
};
/** What a step asks besides the visit's id. */
const STEP_EXTRAS: Partial<Record<keyof typeof STEPS, object>> = { reject: { reason: 'Fully booked' } };

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

function dataOf<T>(what: string, answer: GraphQLAnswer<T>): T {
  if (!answer.data || answer.errors?.length) {
    throw new Error(`visit world: ${what} failed: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

/** Someone of the world, with her own token. */
export interface Party {
  id: string;
  token: string;
}

/** A weekly rule of the doctors subgraph: hours on one day of the week. */
export interface WeeklyHours {
  dayOfWeek: string;
  startTime: string;
  endTime: string;
}

/** Weekdays, 09:00–18:00. */
export const WEEKDAY_HOURS: readonly WeeklyHours[] = WEEKDAYS.map((dayOfWeek) => ({
  dayOfWeek,
  startTime: '09:00',
  endTime: '18:00',
}));

/** A new doctor of `departmentId`, made by an ADMIN: a fresh id, `Dr. <its first 8>`, weekday hours, unless `as` says otherwise. */
export async function onboardDoctor(
  doctorsUrl: string,
  departmentId: string,
  admin: string,
  as: { id?: string; name?: string; hours?: readonly WeeklyHours[] } = {},
): Promise<Party> {
  const id = as.id ?? randomUUID();
  const n = id.slice(0, 8);
  const input = {
    userId: id,
    name: as.name ?? `Dr. ${n}`,
    email: `dr.${n}@hospital.test`,
    phone: '+380441234567',
    specialty: 'Obstetrics',
    licenseNumber: `LIC-${n}`,
    departmentId,
  };
  const created = 'mutation ($input: CreateDoctorInput!) { createDoctor(input: $input) { id } }';
  dataOf('createDoctor', await graphqlRequest(doctorsUrl, created, { input }, admin));
  const rules = as.hours ?? WEEKDAY_HOURS;
  const hours =
    'mutation ($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) { setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id } }';
  dataOf('setWeeklyAvailability', await graphqlRequest(doctorsUrl, hours, { doctorId: id, rules }, admin));
  return { id, token: await testToken({ id, role: Role.DOCTOR }) };
}

/** `patient`'s request for a visit of `serviceId` with `doctorId` at `start`, made with her own token: its id. */
export async function requestVisit(
  appointmentsUrl: string,
  patient: Party,
  { doctorId, serviceId, start }: { doctorId: string; serviceId: string; start: string },
): Promise<string> {
  const request = 'mutation ($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id } }';
  const input = { patientId: patient.id, doctorId, serviceId, preferredTime: start, reason: 'Antenatal check-up' };
  const answer = await graphqlRequest<{ requestAppointment: { id: string } }>(
    appointmentsUrl,
    request,
    { input },
    patient.token,
  );
  return dataOf('requestAppointment', answer).requestAppointment.id;
}

/** One step of visit `id`'s life (a rejection gives 'Fully booked' as its reason), taken with `token`. */
export async function takeVisitStep(
  appointmentsUrl: string,
  id: string,
  step: keyof typeof STEPS,
  token: string,
): Promise<void> {
  dataOf(step, await graphqlRequest(appointmentsUrl, STEPS[step], { id, ...STEP_EXTRAS[step] }, token));
}

/** A new patient who registered herself. */
export async function onboardPatient(patientsUrl: string): Promise<Party & { name: string }> {
  const id = randomUUID();
  const token = await testToken({ id, role: Role.PATIENT });
  const name = `Patient ${id.slice(0, 8)}`;
  const input = {
    name,
    email: `p.${id}@example.com`,
    phone: '+380501112233',
    dateOfBirth: '1992-03-04',
    address: '1 Khreshchatyk St',
  };
  const register = 'mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }';
  dataOf('registerPatient', await graphqlRequest(patientsUrl, register, { input }, token));
  return { id, token, name };
}

export async function startVisitWorld({ stream }: { stream: string }): Promise<VisitWorld> {
  const databases: TestDatabase[] = [];
  const subgraphs: Subgraph[] = [];
  const shared = { REDIS_URL: TEST_REDIS_URL, EVENT_STREAM: stream };
  const start = async (subgraph: Subgraph) => {
    subgraphs.push(subgraph);
    return (await subgraph.start()).url;
  };

  const [doctorsDb, patientsDb, appointmentsDb] = await Promise.all([
    createTestDatabase('world_doctors'),
    createTestDatabase('world_patients'),
    createTestDatabase('world_appointments'),
  ]);
  databases.push(doctorsDb, patientsDb, appointmentsDb);
  const doctorsUrl = await start(
    await createDoctorsSubgraph({ env: subgraphTestEnv('doctors', doctorsDb.url, shared), migrate: true }),
  );
  const patientsUrl = await start(
    await createPatientsSubgraph({ env: subgraphTestEnv('patients', patientsDb.url, shared), migrate: true }),
  );
  const appointmentsEnv = (extra: Record<string, string> = {}) =>
    subgraphTestEnv('appointments', appointmentsDb.url, {
      ...shared,
      DOCTORS_URL: doctorsUrl,
      PATIENTS_URL: patientsUrl,
      CLINIC_TIMEZONE: ZONE,
      ...extra,
    });
  const appointmentsUrl = await start(await createAppointmentsSubgraph({ env: appointmentsEnv(), migrate: true }));
  // The same database seen a month later: what only a started visit allows (complete, no-show).
  const laterUrl = await start(
    await createAppointmentsSubgraph({ env: appointmentsEnv({ CLOCK_OFFSET_MINUTES: String(LATER_MINUTES) }) }),
  );

  const admin = await testToken({ id: randomUUID(), role: Role.ADMIN });
  const call = async <T>(url: string, what: string, query: string, variables: object, token: string) =>
    dataOf<T>(what, await graphqlRequest<T>(url, query, variables as Record<string, unknown>, token));

  const { createDepartment } = await call<{ createDepartment: { id: string } }>(
    doctorsUrl,
    'createDepartment',
    'mutation ($name: String!) { createDepartment(name: $name) { id } }',
    { name: `Obstetrics ${randomUUID().slice(0, 8)}` },
    admin,
  );
  const departmentId = createDepartment.id;
  const { createMedicalService } = await call<{ createMedicalService: { id: string } }>(
    doctorsUrl,
    'createMedicalService',
    'mutation ($input: MedicalServiceInput!) { createMedicalService(input: $input) { id } }',
    { input: { name: 'Antenatal check-up', departmentId, durationMinutes: 30, price: '100.00' } },
    admin,
  );
  const serviceId = createMedicalService.id;

  let day = addDays(zonedParts(new Date(), ZONE).date, 7);
  while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
  const visitStart = zonedToUtc(day, 10 * 60, ZONE).toISOString();

  return {
    appointmentsUrl,
    patientsUrl,
    doctorsUrl,
    token: (id, role) => testToken({ id, role }),
    async visit(status) {
      const [doctor, patient] = await Promise.all([
        onboardDoctor(doctorsUrl, departmentId, admin),
        onboardPatient(patientsUrl),
      ]);
      const id = await requestVisit(appointmentsUrl, patient, { doctorId: doctor.id, serviceId, start: visitStart });
      if (status === 'REJECTED') await takeVisitStep(appointmentsUrl, id, 'reject', doctor.token);
      if (status === 'CANCELLED') await takeVisitStep(appointmentsUrl, id, 'cancel', patient.token);
      if (status === 'APPROVED' || status === 'COMPLETED' || status === 'NO_SHOW') {
        await takeVisitStep(appointmentsUrl, id, 'approve', doctor.token);
      }
      if (status === 'COMPLETED') await takeVisitStep(laterUrl, id, 'complete', doctor.token);
      if (status === 'NO_SHOW') await takeVisitStep(laterUrl, id, 'noShow', doctor.token);
      return {
        appointmentId: id,
        patientId: patient.id,
        doctorId: doctor.id,
        serviceId,
        departmentId,
        start: visitStart,
        patientToken: patient.token,
        doctorToken: doctor.token,
      };
    },
    async stop() {
      for (const subgraph of subgraphs.reverse()) await subgraph.stop();
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
