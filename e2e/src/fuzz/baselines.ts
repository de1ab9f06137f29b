import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AddExtraHoursDocument,
  AddMedicalRecordDocument,
  AddTimeOffDocument,
  ApproveAppointmentDocument,
  CompleteAppointmentDocument,
  CreateDoctorDocument,
  IssuePasswordResetDocument,
  JoinWaitlistDocument,
  RequestAppointmentDocument,
  SignUpDocument,
} from '@hospital/client';
import { addDays, dateInZone } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { dataOf, gatewayClient } from '../client.js';
import { Calendar } from '../rbac/calendar.js';
import { at, CLINIC_ZONE, mondayAhead } from '../time.js';
import { ACCOUNT_PASSWORD, uniqueEmail, uniquePhone, type World } from '../world.js';

/** Valid arguments for one mutation, and who may send them. */
export interface Baseline {
  /** A token allowed to reach the resolver; none for signing up and in. */
  token: string | undefined;
  /** Valid arguments: the fuzz suite replaces one value at a time. */
  make(): Promise<Record<string, unknown>>;
  /** An accepted variant used them up (a visit decided, an invoice paid, a name taken): make fresh ones. */
  consumable: boolean;
  /** The code the baseline itself is refused with, when a valid call cannot succeed here; else it must succeed. */
  refusedAs?: string;
}

const PASSWORD = 'fuzz-password-1';
/** Visits a refreshed baseline may need to complete: each must start before the later gateway's clock. */
const COMPLETABLE = 40;
const INVOICE_OF = `query ($id: ID!) { appointment(id: $id) { invoice { id total } } }`;

/**
 * A valid baseline for every mutation of the schema, on fixtures of their own:
 * the subject patient and her doctor, a spare doctor whose week and time off the
 * fuzz may change, a walk-in to update, and visits in every state, made afresh
 * when an accepted variant uses one up.
 */
export async function makeBaselines(world: World): Promise<Record<string, Baseline>> {
  const { execute } = world;
  const tag = randomUUID().slice(0, 6);
  const admin = await world.admin();
  const department = await world.department(`Fuzz obstetrics ${tag}`);
  const service = await world.service(department.id, '105.00');
  const [patient, doctor] = await Promise.all([
    world.patient(`Fuzz Patient ${tag}`),
    world.doctor(department.id, `Fuzz Doctor ${tag}`),
  ]);
  const applicant = { email: uniqueEmail('fuzz-applicant'), password: PASSWORD };
  dataOf(await execute(SignUpDocument, { input: applicant }));
  const walkIn = await world.walkIn(admin, `Fuzz Walk-in ${tag}`);
  const spare = dataOf(
    await execute(
      CreateDoctorDocument,
      {
        input: {
          name: `Fuzz Spare ${tag}`,
          email: uniqueEmail('fuzz-spare'),
          phone: uniquePhone(),
          specialty: 'Neonatologist',
          licenseNumber: `LIC-${randomUUID().slice(0, 8)}`,
          departmentId: department.id,
        },
      },
      admin,
    ),
  ).createDoctor;

  const calendar = new Calendar();
  const completable = calendar.take(COMPLETABLE);
  const later = gatewayClient(
    await world.supergraph.gatewayAhead(Math.ceil((Date.parse(calendar.after()) - Date.now()) / 60_000)),
  );
  const requested = async (start = calendar.next()) => {
    const input = {
      patientId: patient.id,
      doctorId: doctor.id,
      serviceId: service.id,
      preferredTime: start,
      reason: 'x',
    };
    return dataOf(await execute(RequestAppointmentDocument, { input }, patient.token)).requestAppointment.id;
  };
  const approved = async (start?: string) => {
    const id = await requested(start);
    dataOf(await execute(ApproveAppointmentDocument, { id }, doctor.token));
    return id;
  };
  const completed = async () => {
    const start = completable.shift();
    if (!start) throw new Error(`more than ${COMPLETABLE} completed visits used up: raise COMPLETABLE`);
    const id = await approved(start);
    dataOf(await later(CompleteAppointmentDocument, { id }, doctor.token));
    return id;
  };
  const billed = async () => {
    const id = await completed();
    let invoice: { id: string; total: string } | undefined;
    await eventually(async () => {
      const answer = await world.raw<{ appointment: { invoice: typeof invoice | null } }>(INVOICE_OF, { id }, admin);
      invoice = dataOf(answer).appointment.invoice ?? undefined;
      if (!invoice) throw new Error(`no invoice yet for visit ${id}`);
    }, 20_000);
    return invoice!;
  };
  const unique = () => randomUUID().slice(0, 8);
  let day = 0;
  const dayOff = () => addDays(mondayAhead(), 300 + day++);
  const timeOff = () => {
    const date = dayOff();
    return { start: at(date, '09:00'), end: at(date, '17:00'), reason: 'Course' };
  };

  const extraHours = () => ({ date: dayOff(), startTime: '10:00', endTime: '12:00' });
  // A walk-in of her own for every entry: a patient waits once for a service (and doctor) at a time.
  const waiting = async () => {
    const from = addDays(mondayAhead(), 400);
    return {
      patientId: await world.walkIn(admin, `Fuzz Waiting ${unique()}`),
      serviceId: service.id,
      from,
      to: addDays(from, 7),
    };
  };

  const visit = await approved();
  const record = dataOf(
    await execute(AddMedicalRecordDocument, { patientId: patient.id, input: { diagnosis: 'Anaemia' } }, doctor.token),
  ).addMedicalRecord;
  mkdirSync(world.supergraph.importDir, { recursive: true });
  const csvFile = `fuzz-${tag}-costs.csv`;
  writeFileSync(
    join(world.supergraph.importDir, csvFile),
    `cost_id,department_id,cost_date,amount,category\n${randomUUID()},${department.id},${dateInZone(new Date(), CLINIC_ZONE)},1.00,paper\n`,
  );

  const fixed = (token: string | undefined, variables: Record<string, unknown>): Baseline => ({
    token,
    make: async () => variables,
    consumable: false,
  });
  const fresh = (token: string | undefined, make: () => Promise<Record<string, unknown>>): Baseline => ({
    token,
    make,
    consumable: true,
  });

  return {
    signUp: fresh(undefined, async () => ({ input: { email: uniqueEmail('fuzz'), password: PASSWORD } })),
    signIn: fixed(undefined, applicant),
    createStaffAccount: fresh(admin, async () => ({
      input: { email: uniqueEmail('fuzz-staff'), password: PASSWORD, role: 'STAFF' },
    })),
    importAnalyticsCsv: fixed(admin, { sources: [csvFile] }),
    requestAppointment: fresh(admin, async () => ({
      input: {
        patientId: patient.id,
        doctorId: doctor.id,
        serviceId: service.id,
        preferredTime: calendar.next(),
        reason: 'Check-up',
      },
    })),
    approveAppointment: fresh(admin, async () => ({ id: await requested() })),
    rejectAppointment: fresh(admin, async () => ({ id: await requested(), reason: 'Please see a sonographer' })),
    cancelAppointment: fresh(admin, async () => ({ id: await requested(), reason: 'Feeling well' })),
    rescheduleAppointment: fresh(admin, async () => ({ id: await requested(), newStart: calendar.next() })),
    // Through today's gateway a visit of next month is TOO_EARLY: only its id is fuzzed anyway.
    completeAppointment: { ...fixed(admin, { id: visit }), refusedAs: 'BUSINESS_RULE_VIOLATION' },
    markNoShow: { ...fixed(admin, { id: visit }), refusedAs: 'BUSINESS_RULE_VIOLATION' },
    voidInvoice: fresh(admin, async () => ({ id: (await billed()).id, reason: 'Waived at the desk' })),
    payInvoice: fresh(admin, async () => {
      const invoice = await billed();
      return { input: { invoiceId: invoice.id, amount: invoice.total, method: 'CARD', idempotencyKey: randomUUID() } };
    }),
    createDepartment: fresh(admin, async () => ({ name: `Fuzz department ${unique()}` })),
    createDoctor: fresh(admin, async () => ({
      input: {
        name: 'Fuzz Doctor',
        email: uniqueEmail('fuzz-doctor'),
        phone: uniquePhone(),
        specialty: 'Obstetrician',
        licenseNumber: `LIC-${unique()}`,
        departmentId: department.id,
      },
    })),
    updateDoctor: fixed(admin, {
      id: spare.id,
      input: { name: 'Fuzz Spare', phone: uniquePhone(), specialty: 'Neonatologist', departmentId: department.id },
    }),
    createMedicalService: fresh(admin, async () => ({
      input: { name: `Fuzz service ${unique()}`, departmentId: department.id, durationMinutes: 30, price: '80.00' },
    })),
    setWeeklyAvailability: fixed(admin, {
      doctorId: spare.id,
      rules: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '13:00' }],
    }),
    addTimeOff: fresh(admin, async () => ({ doctorId: spare.id, input: timeOff() })),
    removeTimeOff: fresh(admin, async () => ({
      id: dataOf(await execute(AddTimeOffDocument, { doctorId: spare.id, input: timeOff() }, admin)).addTimeOff.id,
    })),
    addExtraHours: fresh(admin, async () => ({ doctorId: spare.id, input: extraHours() })),
    removeExtraHours: fresh(admin, async () => ({
      id: dataOf(await execute(AddExtraHoursDocument, { doctorId: spare.id, input: extraHours() }, admin)).addExtraHours
        .id,
    })),
    joinWaitlist: fresh(admin, async () => ({ input: await waiting() })),
    leaveWaitlist: fresh(admin, async () => ({
      id: dataOf(await execute(JoinWaitlistDocument, { input: await waiting() }, admin)).joinWaitlist.id,
    })),
    // An offer needs a freed slot and the waitlist's sweep; the fuzz only tries the id's handling, so an id of none.
    claimSlotOffer: { ...fixed(admin, { offerId: randomUUID() }), refusedAs: 'NOT_FOUND' },
    submitFeedback: fresh(patient.token, async () => ({
      input: { appointmentId: await completed(), rating: 4, comment: 'Kind' },
    })),
    addMedicalRecord: fixed(doctor.token, { patientId: patient.id, input: { diagnosis: 'Anaemia', notes: 'Iron' } }),
    updateMedicalRecord: fixed(doctor.token, { id: record.id, input: { diagnosis: 'Anaemia', notes: 'Iron daily' } }),
    registerPatient: fresh(admin, async () => ({
      input: {
        name: 'Fuzz Walk-in',
        email: uniqueEmail('fuzz-walk-in'),
        phone: uniquePhone(),
        dateOfBirth: '1992-05-17',
        address: '2 Test St, Odesa',
        gender: 'female',
      },
    })),
    updatePatient: fixed(admin, {
      id: walkIn,
      input: {
        name: 'Fuzz Walk-in',
        email: uniqueEmail('fuzz-update'),
        phone: uniquePhone(),
        address: '2 Test St, Odesa',
        dateOfBirth: '1992-05-17',
        gender: 'female',
      },
    }),
    issuePrescription: fixed(doctor.token, {
      input: { appointmentId: visit, medication: 'Iron', dosage: '100 mg daily', days: 30, instructions: 'With food' },
    }),
    ...accountBaselines(world, admin),
  };
}

/**
 * The account mutations, each on accounts of its own: an accepted change of role,
 * a deactivation or a spent reset uses its account up. A user's own changes
 * (a new password, signing out everywhere) end that user's token too, so those
 * are sent as a new account each time (`token` follows the last `make`).
 */
function accountBaselines(world: World, admin: string): Record<string, Baseline> {
  const staffId = async () => (await world.account('STAFF')).id;
  const asItself = (variables: Record<string, unknown>): Baseline => {
    let token: string | undefined;
    return {
      get token() {
        return token;
      },
      make: async () => {
        token = (await world.account('PATIENT')).token;
        return variables;
      },
      consumable: true,
    };
  };
  const reactivated = staffId();
  return {
    changeUserRole: {
      token: admin,
      make: async () => ({ id: await staffId(), role: 'STAKEHOLDER' }),
      consumable: true,
    },
    deactivateUser: { token: admin, make: async () => ({ id: await staffId(), reason: 'Left' }), consumable: true },
    reactivateUser: { token: admin, make: async () => ({ id: await reactivated }), consumable: false },
    issuePasswordReset: { token: admin, make: async () => ({ userId: await reactivated }), consumable: false },
    resetPassword: {
      token: undefined,
      make: async () => {
        const { issuePasswordReset } = dataOf(
          await world.execute(IssuePasswordResetDocument, { userId: await staffId() }, admin),
        );
        return { token: issuePasswordReset.token, newPassword: 'fuzz-new-password-2' };
      },
      consumable: true,
    },
    changePassword: asItself({ currentPassword: ACCOUNT_PASSWORD, newPassword: 'fuzz-new-password-3' }),
    signOutEverywhere: asItself({}),
  };
}
