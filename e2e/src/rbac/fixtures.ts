import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AddMedicalRecordDocument,
  AddTimeOffDocument,
  ApproveAppointmentDocument,
  CompleteAppointmentDocument,
  IssuePrescriptionDocument,
  RequestAppointmentDocument,
  SignUpDocument,
  SubmitFeedbackDocument,
} from '@hospital/client';
import { addDays, dateInZone } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { dataOf, gatewayClient } from '../client.js';
import { at, CLINIC_ZONE, mondayAhead } from '../time.js';
import { Calendar } from './calendar.js';
import { uniqueEmail, uniquePhone, type Actor, type World } from '../world.js';
import { accountScenarios } from './accounts.js';
import { CALLERS, type Caller } from './matrix.js';
import { inParallel } from '@hospital/kit/testing';
import type { Secrets } from './verdict.js';
import { waitlistScenarios } from './waitlist.js';

/** How one caller runs one operation. */
export interface Attempt {
  variables: Record<string, unknown>;
  /** Through the gateway whose clock stands after every fixture visit has started (complete, no-show). */
  later?: boolean;
  /** The caller acts as another person of the same kind (the patient who has yet to register herself). */
  token?: string;
}

/** The variables of one operation for each caller, and what refused callers must not be shown. */
export interface Scenario {
  secrets: Secrets;
  /** Run just before the operation's callers take their turns: for state that would not keep until then. */
  prepare?(): Promise<void>;
  attempt(caller: Caller): Attempt;
}

/** Everyone the matrix names, signed in. */
export interface Cast {
  /** The subject: the patient whose visits, invoices and records the rows are about. */
  patient: Actor & { name: string; phone: string };
  otherPatient: Actor;
  /** The subject's doctor: every fixture visit is with her. */
  doctor: Actor;
  otherDoctor: Actor;
  staff: Actor;
  stakeholder: Actor;
  admin: string;
  /** An account with no patient profile yet, for the patient who registers herself. */
  applicant: Actor & { password: string };
}

/** Who of the cast each signed-in caller is (the administrator is a bare token). */
const ACTOR_OF = {
  patientSelf: 'patient',
  patientOther: 'otherPatient',
  doctorOwn: 'doctor',
  doctorOther: 'otherDoctor',
  staff: 'staff',
  stakeholder: 'stakeholder',
} as const satisfies Record<Exclude<Caller, 'anonymous' | 'admin'>, keyof Cast>;

export function tokenOf(cast: Cast, caller: Caller): string | undefined {
  if (caller === 'anonymous') return undefined;
  if (caller === 'admin') return cast.admin;
  return cast[ACTOR_OF[caller]].token;
}

/** One fixture per caller, so that one caller's success never becomes another's business error. */
type PerCaller<T> = Record<Caller, T>;
const perCaller = <T>(items: T[]): PerCaller<T> =>
  Object.fromEntries(CALLERS.map((caller, index) => [caller, items[index]!])) as PerCaller<T>;

interface BilledVisit {
  appointmentId: string;
  invoiceId: string;
  total: string;
}

/** Everything the scenarios need, made once before the matrix runs. */
export interface Fixtures {
  cast: Cast;
  laterUrl: string;
  /** The subject visit: completed, billed, prescribed for and rated. */
  visit: BilledVisit;
  departmentId: string;
  serviceId: string;
  /** Another service of the department, at another price, and a doctor of it who calls nothing: where a visit is moved elsewhere to. */
  otherServiceId: string;
  colleagueDoctorId: string;
  recordId: string;
  diagnosis: string;
  timeOffReason: string;
  csvFile: string;
  /**
   * The visit a subscription test asks for, approves and cancels: its freed slot is
   * offered to the subject, who waits for it (`slotOffered`).
   */
  triggerStart: string;
  /** Paid while the subscriptions listen, so that the revenue report changes. */
  lobbyInvoice: BilledVisit;
  scenarios: Record<string, Scenario>;
}

const PASSWORD = 'rbac-password-1';
const WEEK = (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((dayOfWeek) => ({
  dayOfWeek,
  startTime: '09:00',
  endTime: '17:00',
}));
const INVOICES_OF = `query ($patientId: ID!) {
  invoices(filter: { patientId: $patientId }, first: 100) { edges { node { id total appointment { id } } } }
}`;

export async function makeFixtures(world: World): Promise<Fixtures> {
  const tag = randomUUID().slice(0, 6);
  const { execute } = world;
  const admin = await world.admin();
  const department = await world.department(`Obstetrics RBAC ${tag}`);
  const service = await world.service(department.id, '105.00');
  const otherService = await world.service(department.id, '140.00');
  // argon2 runs two at a time in accounts: more at once only queues.
  const [patient, otherPatient, doctor, otherDoctor, colleague, staff, stakeholder] = await Promise.all([
    world.patient(`Solomiia Subject ${tag}`),
    world.patient(`Vasylyna Other ${tag}`),
    world.doctor(department.id, `Ivanna Own ${tag}`),
    world.doctor(department.id, `Khrystyna Other ${tag}`),
    // No caller of the matrix: a visit moved to her makes her the subject's doctor, which must
    // not change what the matrix's own callers may do.
    world.doctor(department.id, `Oksana Colleague ${tag}`),
    world.account('STAFF'),
    world.account('STAKEHOLDER'),
  ]);
  const applicantEmail = uniqueEmail('applicant');
  const signedUp = dataOf(await execute(SignUpDocument, { input: { email: applicantEmail, password: PASSWORD } }));
  const cast: Cast = {
    patient: { ...patient, name: `Solomiia Subject ${tag}` },
    otherPatient,
    doctor,
    otherDoctor,
    staff,
    stakeholder,
    admin,
    applicant: { id: signedUp.signUp.user.id, email: applicantEmail, token: signedUp.signUp.token, password: PASSWORD },
  };

  const calendar = new Calendar();
  const starts = {
    pending: calendar.take(4 * CALLERS.length),
    approved: calendar.take(3 * CALLERS.length),
    completed: calendar.take(2 + 3 * CALLERS.length),
    requested: calendar.take(CALLERS.length),
    rescheduled: calendar.take(CALLERS.length),
    movedElsewhere: calendar.take(CALLERS.length),
  };
  const triggerDay = addDays(mondayAhead(), 120);
  const minutesAhead = Math.ceil((Date.parse(calendar.after()) - Date.now()) / 60_000);
  const laterUrl = await world.supergraph.gatewayAhead(minutesAhead);
  const later = gatewayClient(laterUrl);

  const request = async (start: string) => {
    const input = {
      patientId: patient.id,
      doctorId: doctor.id,
      serviceId: service.id,
      preferredTime: start,
      reason: 'Check-up',
    };
    return dataOf(await execute(RequestAppointmentDocument, { input }, patient.token)).requestAppointment.id;
  };
  const booked = async (wanted: string[], approve: boolean, complete: boolean) =>
    inParallel(wanted, 4, async (start) => {
      const id = await request(start);
      if (approve) dataOf(await execute(ApproveAppointmentDocument, { id }, doctor.token));
      if (complete) dataOf(await later(CompleteAppointmentDocument, { id }, doctor.token));
      return id;
    });
  const [pending, approved, completed] = await Promise.all([
    booked(starts.pending, false, false),
    booked(starts.approved, true, false),
    booked(starts.completed, true, true),
  ]);
  const billed = await invoicesOf(world, admin, patient.id, completed);
  const [visit, ...finished] = billed as [BilledVisit, ...BilledVisit[]];
  const lobbyInvoice = finished.pop()!;

  // The subject visit carries everything a refused field could show.
  const diagnosis = `Gestational hypertension ${tag}`;
  const timeOffReason = `Perinatal congress ${tag}`;
  dataOf(
    await execute(
      IssuePrescriptionDocument,
      { input: { appointmentId: visit.appointmentId, medication: 'Folic acid', dosage: '400 µg daily', days: 90 } },
      doctor.token,
    ),
  );
  dataOf(
    await execute(SubmitFeedbackDocument, { input: { appointmentId: visit.appointmentId, rating: 5 } }, patient.token),
  );
  const record = dataOf(
    await execute(
      AddMedicalRecordDocument,
      { patientId: patient.id, input: { diagnosis, notes: 'Monitor weekly' } },
      doctor.token,
    ),
  ).addMedicalRecord;
  const farAway = addDays(mondayAhead(), 200);
  dataOf(
    await execute(
      AddTimeOffDocument,
      {
        doctorId: doctor.id,
        input: { start: at(farAway, '09:00'), end: at(farAway, '17:00'), reason: timeOffReason },
      },
      doctor.token,
    ),
  );

  mkdirSync(world.supergraph.importDir, { recursive: true });
  const csvFile = `rbac-${tag}-costs.csv`;
  writeFileSync(
    join(world.supergraph.importDir, csvFile),
    `cost_id,department_id,cost_date,amount,category\n${randomUUID()},${department.id},${dateInZone(new Date(), CLINIC_ZONE)},12.50,laundry\n`,
  );

  const fixtures: Omit<Fixtures, 'scenarios'> = {
    cast,
    laterUrl,
    visit,
    departmentId: department.id,
    serviceId: service.id,
    otherServiceId: otherService.id,
    colleagueDoctorId: colleague.id,
    recordId: record.id,
    diagnosis,
    timeOffReason,
    csvFile,
    triggerStart: at(triggerDay, '10:00'),
    lobbyInvoice,
  };
  const fresh = {
    approve: perCaller(pending.slice(0, 8)),
    reject: perCaller(pending.slice(8, 16)),
    reschedule: perCaller(pending.slice(16, 24)),
    cancel: perCaller(approved.slice(0, 8)),
    complete: perCaller(approved.slice(8, 16)),
    noShow: perCaller(approved.slice(16, 24)),
    pay: perCaller(finished.slice(0, 8)),
    void: perCaller(finished.slice(8, 16)),
    rate: perCaller(finished.slice(16, 24)),
    request: perCaller(starts.requested),
    rescheduleTo: perCaller(starts.rescheduled),
    moveElsewhere: perCaller(pending.slice(24, 32)),
    moveElsewhereTo: perCaller(starts.movedElsewhere),
  };
  const subject: Secrets = { subject: [cast.patient.name, cast.patient.phone] };
  const waitlist = await waitlistScenarios(world, { ...fixtures, monday: mondayAhead(), triggerDay }, subject);
  return {
    ...fixtures,
    scenarios: { ...scenarios(fixtures, fresh), ...(await accountScenarios(world, admin, subject)), ...waitlist },
  };
}

/** The invoices billing made from the visits' events, in the visits' order, once all are there. */
async function invoicesOf(world: World, admin: string, patientId: string, visits: string[]) {
  type Invoices = { invoices: { edges: { node: { id: string; total: string; appointment: { id: string } } }[] } };
  let byVisit = new Map<string, { id: string; total: string }>();
  await eventually(async () => {
    const { invoices } = dataOf(await world.raw<Invoices>(INVOICES_OF, { patientId }, admin));
    byVisit = new Map(invoices.edges.map(({ node }) => [node.appointment.id, node]));
    const missing = visits.filter((id) => !byVisit.has(id));
    if (missing.length) throw new Error(`no invoice yet for ${missing.length} visit(s)`);
  }, 20_000);
  return visits.map((appointmentId) => {
    const invoice = byVisit.get(appointmentId)!;
    return { appointmentId, invoiceId: invoice.id, total: invoice.total };
  });
}

type Fresh = {
  [
    K in
      | 'approve'
      | 'reject'
      | 'reschedule'
      | 'cancel'
      | 'complete'
      | 'noShow'
      | 'request'
      | 'rescheduleTo'
      | 'moveElsewhere'
      | 'moveElsewhereTo'
  ]: PerCaller<string>;
} & { [K in 'pay' | 'void' | 'rate']: PerCaller<BilledVisit> };

/** The variables each operation of the contract is tried with. */
function scenarios(f: Omit<Fixtures, 'scenarios'>, fresh: Fresh): Record<string, Scenario> {
  const { cast } = f;
  const subject: Secrets = { subject: [cast.patient.name, cast.patient.phone] };
  const same = (variables: Record<string, unknown>, extra: Partial<Secrets> = {}): Scenario => ({
    secrets: { ...subject, ...extra },
    attempt: () => ({ variables }),
  });
  const each = (variables: (caller: Caller) => Record<string, unknown>, later = false): Scenario => ({
    secrets: subject,
    attempt: (caller) => ({ variables: variables(caller), later }),
  });
  const today = dateInZone(new Date(), CLINIC_ZONE);
  const period = { from: addDays(today, -1), to: addDays(today, 1) };
  const monday = mondayAhead();
  const unique = (caller: Caller) => `${caller} ${randomUUID().slice(0, 8)}`;

  return {
    SignUp: each(() => ({ input: { email: uniqueEmail('rbac-sign-up'), password: PASSWORD } })),
    SignIn: same({ email: cast.applicant.email, password: cast.applicant.password }),
    CreateStaffAccount: each(() => ({
      input: { email: uniqueEmail('rbac-staff'), password: PASSWORD, role: 'STAFF' },
    })),
    Me: same({}),

    ImportAnalyticsCsv: same({ sources: [f.csvFile] }),
    RevenueReport: same(period),
    LiveRevenue: same(period),
    DoctorPerformance: same({ doctorId: cast.doctor.id, ...period }),

    RequestAppointment: each((caller) => ({
      input: {
        patientId: cast.patient.id,
        doctorId: cast.doctor.id,
        serviceId: f.serviceId,
        preferredTime: fresh.request[caller],
        reason: 'Follow-up scan',
      },
    })),
    PendingAppointments: same({ doctorId: cast.doctor.id, first: 5 }),
    ApproveAppointment: each((caller) => ({ id: fresh.approve[caller] })),
    RejectAppointment: each((caller) => ({ id: fresh.reject[caller], reason: 'Please see a sonographer first' })),
    CancelAppointment: each((caller) => ({ id: fresh.cancel[caller], reason: 'Feeling well' })),
    RescheduleAppointment: each((caller) => ({ id: fresh.reschedule[caller], newStart: fresh.rescheduleTo[caller] })),
    // To a colleague in the subject doctor's department, for the department's other service.
    RescheduleElsewhere: each((caller) => ({
      id: fresh.moveElsewhere[caller],
      newStart: fresh.moveElsewhereTo[caller],
      doctorId: f.colleagueDoctorId,
      serviceId: f.otherServiceId,
    })),
    CompleteAppointment: each((caller) => ({ id: fresh.complete[caller] }), true),
    MarkNoShow: each((caller) => ({ id: fresh.noShow[caller] }), true),
    Appointments: same({ filter: { patientId: cast.patient.id }, first: 5 }),
    AppointmentDetail: same({ id: f.visit.appointmentId }, { fields: { 'appointment.invoice': f.visit.invoiceId } }),
    Notifications: same({ recipientId: cast.patient.id, first: 5 }),
    NotificationsInDetail: same({ recipientId: cast.patient.id, first: 5 }),
    // The subject's doctor's row is what another doctor must not be shown.
    ScheduleBoard: same(
      { from: monday, to: addDays(monday, 6), groupBy: 'DAY', departmentId: f.departmentId },
      { subject: [...subject.subject, cast.doctor.id] },
    ),
    AppointmentRequested: same({ doctorId: cast.doctor.id }),
    AppointmentStatusChanged: same({ patientId: cast.patient.id }),
    AppointmentCancelled: same({ doctorId: cast.doctor.id }),

    Invoice: same({ id: f.visit.invoiceId }),
    Invoices: same({ filter: { patientId: cast.patient.id }, first: 5 }),
    PayInvoice: each((caller) => ({
      input: {
        invoiceId: fresh.pay[caller].invoiceId,
        amount: fresh.pay[caller].total,
        method: 'CARD',
        idempotencyKey: randomUUID(),
      },
    })),
    VoidInvoice: each((caller) => ({ id: fresh.void[caller].invoiceId, reason: 'Waived at the desk' })),

    IssuePrescription: same({
      input: { appointmentId: f.visit.appointmentId, medication: 'Iron', dosage: '100 mg daily', days: 30 },
    }),
    SubmitFeedback: each((caller) => ({
      input: { appointmentId: fresh.rate[caller].appointmentId, rating: 4, comment: 'Kind' },
    })),
    FeedbackEntries: same({ filter: { doctorId: cast.doctor.id }, first: 5 }),

    CreateDepartment: each((caller) => ({ name: `Neonatology ${unique(caller)}` })),
    CreateMedicalService: each((caller) => ({
      input: {
        name: `Ultrasound ${unique(caller)}`,
        departmentId: f.departmentId,
        durationMinutes: 30,
        price: '50.00',
      },
    })),
    Catalog: same({}),
    CreateDoctor: each((caller) => ({
      input: {
        name: 'Oleksandra New',
        email: uniqueEmail('rbac-doctor'),
        phone: uniquePhone(),
        specialty: 'Neonatologist',
        licenseNumber: `LIC-${unique(caller).replace(' ', '-')}`,
        departmentId: f.departmentId,
      },
    })),
    UpdateDoctor: same({ id: cast.doctor.id, input: { specialty: 'Obstetrician' } }),
    Doctors: same({ filter: { departmentId: f.departmentId }, first: 5 }),
    DoctorProfile: same({ id: cast.doctor.id, ...period }, { fields: { 'doctor.timeOff.*.reason': f.timeOffReason } }),
    SetWeeklyAvailability: same({ doctorId: cast.doctor.id, rules: WEEK }),
    AddTimeOff: each((caller) => {
      // Each its own day, far from every fixture visit.
      const day = addDays(monday, 210 + CALLERS.indexOf(caller));
      return { doctorId: cast.doctor.id, input: { start: at(day, '09:00'), end: at(day, '17:00'), reason: 'Course' } };
    }),
    // Each its own day, far from every fixture visit and waitlist entry: an empty list of conflicts.
    AddTimeOffWithConflicts: each((caller) => {
      const day = addDays(monday, 230 + CALLERS.indexOf(caller));
      return { doctorId: cast.doctor.id, input: { start: at(day, '09:00'), end: at(day, '17:00'), reason: 'Course' } };
    }),
    // Each its own Saturday, on no waitlist entry's days: the hours it opens are offered to no one.
    AddExtraHours: each((caller) => ({
      doctorId: cast.doctor.id,
      input: { date: addDays(monday, 250 + 7 * CALLERS.indexOf(caller)), startTime: '10:00', endTime: '12:00' },
    })),
    AvailableSlots: same({
      input: {
        serviceId: f.serviceId,
        doctorId: cast.doctor.id,
        from: at(monday, '00:00'),
        to: at(addDays(monday, 7), '00:00'),
      },
    }),
    AvailabilityCalendar: same({ input: { serviceId: f.serviceId, from: monday, to: addDays(monday, 6) } }),

    RegisterPatient: {
      secrets: subject,
      attempt: (caller) => {
        const input = {
          name: 'Nadiia Walk-in',
          email: caller === 'patientSelf' ? cast.applicant.email : uniqueEmail('rbac-walk-in'),
          phone: uniquePhone(),
          dateOfBirth: '1994-03-02',
          address: '7 Sahaidachnoho St, Kyiv',
        };
        // The subject of a self-registration is an account without a profile yet.
        return caller === 'patientSelf'
          ? { variables: { input }, token: cast.applicant.token }
          : { variables: { input } };
      },
    },
    UpdatePatient: same({ id: cast.patient.id, input: { address: '1 Test St, Kyiv' } }),
    Patients: same({ filter: { search: cast.patient.name }, first: 5 }),
    PatientChart: same(
      { id: cast.patient.id },
      { fields: { 'patient.invoices': f.visit.invoiceId, 'patient.medicalRecords': f.diagnosis } },
    ),
    AddMedicalRecord: same({ patientId: cast.patient.id, input: { diagnosis: 'Anaemia', notes: 'Iron' } }),
    UpdateMedicalRecord: same({ id: f.recordId, input: { diagnosis: f.diagnosis, notes: 'Monitor weekly' } }),
    MedicalRecordHistory: same({ patientId: cast.patient.id }, { fields: { 'patient.medicalRecords': f.diagnosis } }),
    ReviseMedicalRecord: same({ id: f.recordId, input: { diagnosis: f.diagnosis, notes: 'Revised' } }),
    PatientDataExport: same({ patientId: cast.patient.id }),
  };
}
