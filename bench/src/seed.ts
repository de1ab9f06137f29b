import { randomUUID } from 'node:crypto';
import {
  ApproveAppointmentDocument,
  CompleteAppointmentDocument,
  CreateDepartmentDocument,
  CreateDoctorDocument,
  CreateMedicalServiceDocument,
  CreateStaffAccountDocument,
  IssuePrescriptionDocument,
  PayInvoiceDocument,
  RegisterPatientDocument,
  RequestAppointmentDocument,
  request,
  SetWeeklyAvailabilityDocument,
  SignInDocument,
  SignUpDocument,
  SubmitFeedbackDocument,
  type OperationResult,
} from '@hospital/client';
import { addDays, dateInZone, WEEKDAYS, zonedToUtc } from '@hospital/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { BenchContext } from './context.js';
import type { BenchStack } from './stack.js';
import { inParallel } from '@hospital/kit/testing';

const CLINIC_ZONE = 'Europe/Kyiv';

export interface Person {
  id: string;
  token: string;
}

/** A visit made through the gateway and carried to its end: completed, invoiced, paid, prescribed for, rated. */
export interface Visit {
  id: string;
  patient: Person;
  doctor: Person;
}

/** What the figures work with: people, services, finished visits, and free slots to book. */
export interface BenchWorld {
  adminToken: string;
  doctors: Person[];
  patients: Person[];
  /** The service each doctor offers (of the doctor's department). */
  serviceOf: Map<string, string>;
  visits: Visit[];
  /**
   * A slot no one holds yet, and a patient free at that time: each call gives
   * another (a doctor at most 8 a clinic day, the daily cap; a patient never two
   * visits at once, since the 50 doctors' slots of one time go to 50 different patients).
   */
  freeSlot(): { doctor: Person; patient: Person; start: string };
}

/** What RequestAppointment asks for `patient` with `doctor` at `start`: the service the doctor offers, and why. */
export const visitRequest = (
  serviceOf: ReadonlyMap<string, string>,
  { doctor, patient, start }: { doctor: Person; patient: Person; start: string },
  reason: string,
) => ({
  patientId: patient.id,
  doctorId: doctor.id,
  serviceId: serviceOf.get(doctor.id)!,
  preferredTime: start,
  reason,
});

function dataOf<T>(result: OperationResult<T>, what: string): T {
  if (result.errors?.length || !result.data) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const call = <T, V>(url: string, document: TypedDocumentNode<T, V>, variables: V, token?: string) =>
  request(url, document, variables, { token, timeoutMs: 30_000 }).then((result) => dataOf(result, 'seed'));

const PASSWORD = 'bench-password-1';
const DEPARTMENTS = 4;
const DOCTORS = 50;
const SEEDED_VISITS = 100;
/** A doctor's visits in one clinic day at most (the daily cap): `freeSlot` moves on to the next day after these. */
const SLOTS_PER_DAY = 8;

const at = (date: string, minutes: number) => zonedToUtc(date, minutes, CLINIC_ZONE).toISOString();

let phone = 0;
const uniquePhone = () =>
  `+38067${String(Date.now() % 100_000).padStart(5, '0')}${String(phone++ % 100).padStart(2, '0')}`;

export async function seedWorld(ctx: BenchContext, stack: BenchStack, patientCount: number): Promise<BenchWorld> {
  const url = stack.gatewayUrl;
  const started = Date.now();
  const { signIn } = await call(url, SignInDocument, stack.admin);
  const admin = signIn.token;

  const departments = await inParallel(
    Array.from({ length: DEPARTMENTS }, (_, i) => i),
    4,
    async (i) => {
      const { createDepartment } = await call(url, CreateDepartmentDocument, { name: `Department ${i + 1}` }, admin);
      const input = {
        name: `Consultation ${i + 1}`,
        departmentId: createDepartment.id,
        durationMinutes: 30,
        price: `${100 + 5 * i}.00`,
      };
      const { createMedicalService } = await call(url, CreateMedicalServiceDocument, { input }, admin);
      return { id: createDepartment.id, serviceId: createMedicalService.id };
    },
  );

  const serviceOf = new Map<string, string>();
  const doctors = await inParallel(
    Array.from({ length: DOCTORS }, (_, i) => i),
    4,
    async (i) => {
      const email = `doctor-${i}-${randomUUID().slice(0, 8)}@bench.example`;
      const { createStaffAccount } = await call(
        url,
        CreateStaffAccountDocument,
        { input: { email, password: PASSWORD, role: 'DOCTOR' } },
        admin,
      );
      const department = departments[i % DEPARTMENTS]!;
      const input = {
        userId: createStaffAccount.id,
        name: `Doctor ${i + 1}`,
        email,
        phone: uniquePhone(),
        specialty: 'Obstetrician',
        licenseNumber: `LIC-${randomUUID().slice(0, 8)}`,
        departmentId: department.id,
      };
      await call(url, CreateDoctorDocument, { input }, admin);
      const { signIn: doctorSignIn } = await call(url, SignInDocument, { email, password: PASSWORD });
      const rules = WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, startTime: '09:00', endTime: '18:00' }));
      await call(url, SetWeeklyAvailabilityDocument, { doctorId: createStaffAccount.id, rules }, doctorSignIn.token);
      serviceOf.set(createStaffAccount.id, department.serviceId);
      return { id: createStaffAccount.id, token: doctorSignIn.token };
    },
  );
  ctx.log(`seed: ${DOCTORS} doctors in ${DEPARTMENTS} departments`);

  const patients = await inParallel(
    Array.from({ length: patientCount }, (_, i) => i),
    4,
    async (i) => {
      const email = `patient-${i}-${randomUUID().slice(0, 8)}@bench.example`;
      const { signUp } = await call(url, SignUpDocument, { input: { email, password: PASSWORD } });
      const input = {
        name: `Patient ${i + 1}`,
        email,
        phone: uniquePhone(),
        dateOfBirth: '1994-05-17',
        address: `${i + 1} Bench St, Kyiv`,
      };
      await call(url, RegisterPatientDocument, { input }, signUp.token);
      return { id: signUp.user.id, token: signUp.token };
    },
  );
  ctx.log(`seed: ${patientCount} patients`);

  // The seeded visits take the first slots of the day after tomorrow; the figures book from the day after.
  const today = dateInZone(new Date(), CLINIC_ZONE);
  const visitDay = addDays(today, 2);
  const requested = await inParallel(
    Array.from({ length: SEEDED_VISITS }, (_, i) => i),
    4,
    async (i) => {
      const doctor = doctors[i % DOCTORS]!;
      const patient = patients[i % patients.length]!;
      const start = at(visitDay, 9 * 60 + 30 * Math.floor(i / DOCTORS));
      const input = visitRequest(serviceOf, { doctor, patient, start }, 'Check-up');
      const { requestAppointment } = await call(url, RequestAppointmentDocument, { input }, patient.token);
      await call(url, ApproveAppointmentDocument, { id: requestAppointment.id }, doctor.token);
      return { id: requestAppointment.id, patient, doctor };
    },
  );
  const visits = await finishVisits(stack, requested, at(visitDay, 12 * 60));
  ctx.log(
    `seed: ${visits.length} visits completed, paid, prescribed for and rated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  let slot = 0;
  const firstFreeDay = addDays(today, 3);
  return {
    adminToken: admin,
    doctors,
    patients,
    serviceOf,
    visits,
    freeSlot() {
      const index = slot++;
      const doctor = doctors[index % DOCTORS]!;
      const round = Math.floor(index / DOCTORS);
      const day = addDays(firstFreeDay, Math.floor(round / SLOTS_PER_DAY));
      return {
        doctor,
        patient: patients[index % patients.length]!,
        start: at(day, 9 * 60 + 30 * (round % SLOTS_PER_DAY)),
      };
    },
  };
}

/**
 * A visit can be completed only once it has started, so completion goes through
 * a gateway whose appointments' clock stands after the visits, stopped afterwards.
 * Billing invoices each completed visit from its event; the invoices are then paid.
 */
async function finishVisits(stack: BenchStack, visits: Visit[], after: string): Promise<Visit[]> {
  const aheadUrl = await stack.startAhead(Math.ceil((Date.parse(after) - Date.now()) / 60_000));
  try {
    await inParallel(visits, 4, (visit) =>
      call(aheadUrl, CompleteAppointmentDocument, { id: visit.id }, visit.doctor.token),
    );
  } finally {
    await stack.stopAhead();
  }
  await inParallel(visits, 8, async (visit) => {
    const input = { appointmentId: visit.id, medication: 'Folic acid', dosage: '400 mcg daily', days: 30 };
    await call(stack.gatewayUrl, IssuePrescriptionDocument, { input }, visit.doctor.token);
    const feedback = { appointmentId: visit.id, rating: 4 + (visit.id.charCodeAt(0) % 2), comment: 'Kind and clear' };
    await call(stack.gatewayUrl, SubmitFeedbackDocument, { input: feedback }, visit.patient.token);
    const invoice = await invoiceOf(stack.gatewayUrl, visit);
    await call(
      stack.gatewayUrl,
      PayInvoiceDocument,
      { input: { invoiceId: invoice.id, amount: invoice.total, method: 'CARD', idempotencyKey: `bench-${visit.id}` } },
      visit.patient.token,
    );
  });
  return visits;
}

const INVOICE_OF = `query ($id: ID!) { appointment(id: $id) { invoice { id total } } }`;

/** Billing invoices a completed visit from its event, a moment after the completion. */
async function invoiceOf(url: string, visit: Visit): Promise<{ id: string; total: string }> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const result = await request<{ appointment: { invoice: { id: string; total: string } | null } }, { id: string }>(
      url,
      INVOICE_OF,
      { id: visit.id },
      { token: visit.patient.token },
    );
    const invoice = dataOf(result, 'invoice').appointment.invoice;
    if (invoice) return invoice;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no invoice for visit ${visit.id} within 30 s`);
}
