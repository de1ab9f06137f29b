/**
 * Who may run each client operation, as the role table of docs/rules.md#roles says: one row per
 * operation in client/operations, one column per caller. The RBAC suite
 * (rbac.e2e.ts) runs every cell through the gateway and compares; a row missing
 * here for a new operation fails it. A row follows the rules even where the
 * product disagrees: a disagreement is a finding, not a reason to edit the row.
 */

/** Everyone who knocks: nobody, the subject patient herself, another patient, and each role. */
export const CALLERS = [
  'anonymous',
  'patientSelf',
  'patientOther',
  'doctorOwn',
  'doctorOther',
  'staff',
  'stakeholder',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];

/** What a caller's attempt must come to. */
export type Outcome =
  /** Done: no FORBIDDEN or UNAUTHENTICATED error (a tolerated business error aside). */
  | 'allowed'
  /** Done, but narrowed to the caller's own: nothing of the subject comes back. */
  | 'scoped'
  /** FORBIDDEN, with the root field null and nothing of the subject in the data. */
  | 'forbidden'
  /** UNAUTHENTICATED (over graphql-ws: the socket is closed before it is acknowledged). */
  | 'unauthenticated'
  | Refused;

/** Done, but these fields (dotted paths, `*` for any list index) are null, each with its FORBIDDEN error. */
export interface Refused {
  refused: readonly string[];
}

/** An error that is not about who the caller is, expected for this caller, and why. */
export interface Tolerated {
  codes: readonly string[];
  why: string;
}

export interface MatrixRow {
  /** The line of docs/rules.md (or the schema's description) the row follows. */
  rule: string;
  expect: Record<Caller, Outcome>;
  tolerated?: Partial<Record<Caller, Tolerated>>;
}

const SIGNED_IN: Caller[] = CALLERS.filter((caller) => caller !== 'anonymous');

/**
 * A row where `allowed` may, `anonymous` must sign in and everyone else is
 * FORBIDDEN; `cells` overrides single callers (a scoped list, a field refusal).
 */
function only(allowed: Caller[], cells: Partial<Record<Caller, Outcome>> = {}): Record<Caller, Outcome> {
  const row = Object.fromEntries(
    CALLERS.map((caller): [Caller, Outcome] => [
      caller,
      caller === 'anonymous' ? 'unauthenticated' : allowed.includes(caller) ? 'allowed' : 'forbidden',
    ]),
  ) as Record<Caller, Outcome>;
  return { ...row, ...cells };
}

const anyone = (): Record<Caller, Outcome> => only([...SIGNED_IN], { anonymous: 'allowed' });
const signedIn = (): Record<Caller, Outcome> => only([...SIGNED_IN]);

/** One real offer: the subject (earlier in CALLERS) books it, and a claim after hers is too late, not refused. */
const LATER_CLAIM: Tolerated = {
  codes: ['BUSINESS_RULE_VIOLATION'],
  why: 'the subject claimed the one offer first; a later claim of it is SLOT_TAKEN, as docs/rules.md#care-flow says',
};

const PERFORMANCE = 'doctor.performance';
const TIME_OFF_REASON = 'doctor.timeOff.*.reason';

export const MATRIX: Record<string, MatrixRow> = {
  // accounts
  SignUp: { rule: 'signUp: "Open a patient account and sign in" — no token needed', expect: anyone() },
  SignIn: { rule: 'signIn needs no token; a signed-in caller may sign in again', expect: anyone() },
  CreateStaffAccount: { rule: 'createStaffAccount: "ADMIN only"', expect: only(['admin']) },
  Me: { rule: 'me: the signed-in user, any role', expect: signedIn() },
  Users: { rule: 'Accounts: ADMIN lists and searches users (users)', expect: only(['admin']) },
  ChangeUserRole: { rule: 'Accounts: ADMIN changes a role (changeUserRole)', expect: only(['admin']) },
  DeactivateUser: { rule: 'Accounts: ADMIN deactivates (deactivateUser, with a reason)', expect: only(['admin']) },
  ReactivateUser: { rule: 'Accounts: ADMIN … reactivates accounts', expect: only(['admin']) },
  IssuePasswordReset: { rule: 'Accounts: issuePasswordReset (ADMIN)', expect: only(['admin']) },
  ResetPassword: { rule: 'Accounts: resetPassword spends the single-use token; no sign-in needed', expect: anyone() },
  ChangePassword: {
    rule: 'Accounts: changePassword needs the current password (any signed-in user)',
    expect: signedIn(),
  },
  SignOutEverywhere: { rule: 'Accounts: signOutEverywhere, for any signed-in user', expect: signedIn() },
  AuditEvents: { rule: 'Audit: only ADMIN reads them (auditEvents)', expect: only(['admin']) },

  // analytics
  ImportAnalyticsCsv: { rule: 'Administrators can do the same through importAnalyticsCsv', expect: only(['admin']) },
  RevenueReport: { rule: 'analytics reports: STAKEHOLDER all, ADMIN all', expect: only(['stakeholder', 'admin']) },
  DoctorPerformance: {
    rule: 'analytics reports: DOCTOR own performance, STAKEHOLDER all, ADMIN all',
    expect: only(['doctorOwn', 'stakeholder', 'admin']),
  },
  LiveRevenue: {
    rule: 'revenueReportChanged (STAKEHOLDER, ADMIN), as the revenue report',
    expect: only(['stakeholder', 'admin']),
  },

  // appointments
  RequestAppointment: {
    rule: 'appointments: PATIENT own request, STAFF request for a patient, ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  PendingAppointments: {
    rule: "requests waiting for the doctor: the doctor, STAFF, ADMIN (the lobby's list)",
    expect: only(['doctorOwn', 'staff', 'admin']),
  },
  ApproveAppointment: { rule: 'appointments: DOCTOR own approve, ADMIN all', expect: only(['doctorOwn', 'admin']) },
  RejectAppointment: { rule: 'appointments: DOCTOR own reject, ADMIN all', expect: only(['doctorOwn', 'admin']) },
  CancelAppointment: {
    rule: 'appointments: PATIENT own cancel, DOCTOR own cancel, STAFF cancel, ADMIN all',
    expect: only(['patientSelf', 'doctorOwn', 'staff', 'admin']),
  },
  RescheduleAppointment: {
    rule: 'appointments: PATIENT own reschedule, STAFF reschedule, ADMIN all (a doctor does not reschedule)',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  RescheduleElsewhere: {
    rule: 'appointments: PATIENT own reschedule, STAFF reschedule, ADMIN all — to another doctor or service of the department too (The whole care flow)',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  CompleteAppointment: { rule: 'appointments: DOCTOR own complete, ADMIN all', expect: only(['doctorOwn', 'admin']) },
  MarkNoShow: { rule: 'appointments: DOCTOR own no-show, ADMIN all', expect: only(['doctorOwn', 'admin']) },
  Appointments: {
    rule: 'appointments: a patient or a doctor their own, STAFF and ADMIN all, STAKEHOLDER no. A patient who names another patient is refused (as InvoiceFilter.patientId says); a doctor’s list is narrowed to her own visits',
    expect: only(['patientSelf', 'doctorOwn', 'staff', 'admin'], { doctorOther: 'scoped' }),
  },
  AppointmentDetail: {
    rule: "appointments: own / all; invoices: DOCTOR no, so the doctor's view refuses Appointment.invoice",
    expect: only(['patientSelf', 'staff', 'admin'], { doctorOwn: { refused: ['appointment.invoice'] } }),
  },
  Notifications: {
    rule: "notifications: the recipient themself, STAFF, ADMIN (a doctor only their own, not a patient's)",
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  AppointmentRequested: {
    rule: 'subscriptions: DOCTOR appointmentRequested for own id, STAFF any doctor’s lobby, ADMIN any',
    expect: only(['doctorOwn', 'staff', 'admin']),
  },
  AppointmentStatusChanged: {
    rule: 'subscriptions: PATIENT appointmentStatusChanged for own id, ADMIN any (STAFF: doctors’ lobbies only)',
    expect: only(['patientSelf', 'admin']),
  },
  AppointmentCancelled: {
    rule: 'subscriptions: DOCTOR appointmentCancelled for own id, STAFF any doctor’s lobby, ADMIN any',
    expect: only(['doctorOwn', 'staff', 'admin']),
  },
  NotificationsInDetail: {
    rule: 'notifications: the recipient themself, STAFF, ADMIN (each with its recipient, subject and body)',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  ScheduleBoard: {
    rule: 'scheduleBoard (STAFF, ADMIN; a doctor their own row): the subject doctor’s row is hers, and narrowed away from any other doctor',
    expect: only(['staff', 'admin'], { doctorOwn: 'allowed', doctorOther: 'scoped' }),
  },
  JoinWaitlist: {
    rule: 'Waitlist: a patient (or STAFF for her) waits for a service; ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  LeaveWaitlist: {
    rule: 'Waitlist: a patient (or STAFF for her) leaves an entry; ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  Waitlist: {
    rule: 'Waitlist: a patient (or STAFF for her) reads her entries and their offers; ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  ClaimSlotOffer: {
    rule: 'Waitlist: a patient (or STAFF for her) claims; the first claimSlotOffer books it, later claims get SLOT_TAKEN',
    expect: only(['patientSelf', 'staff', 'admin']),
    tolerated: { staff: LATER_CLAIM, admin: LATER_CLAIM },
  },
  SlotOffered: {
    rule: 'Waitlist: slotOffered for the waiting patient herself, STAFF for her, ADMIN any',
    expect: only(['patientSelf', 'staff', 'admin']),
  },

  // billing
  Invoice: {
    rule: 'invoices: PATIENT own read, DOCTOR no, STAFF all, ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  Invoices: {
    rule: 'invoices: PATIENT own read ("A patient may only name themself" in the filter), STAFF all, ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  PayInvoice: {
    rule: 'invoices, payments: PATIENT own pay, STAFF pay, ADMIN all',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  VoidInvoice: { rule: 'invoices, payments: STAFF void, ADMIN all', expect: only(['staff', 'admin']) },

  // care
  IssuePrescription: {
    rule: 'prescriptions: DOCTOR issue for own appointments; ADMIN and STAFF read only',
    expect: only(['doctorOwn']),
  },
  SubmitFeedback: {
    rule: 'feedback: PATIENT submit for own completed visit; the schema: "The visit\'s patient" (ADMIN\'s "all" read as reading all)',
    expect: only(['patientSelf']),
  },
  FeedbackEntries: {
    rule: "feedbackEntries (STAKEHOLDER, STAFF, ADMIN; a doctor their own): another doctor's is FORBIDDEN, not narrowed",
    expect: only(['doctorOwn', 'staff', 'stakeholder', 'admin']),
  },

  // doctors
  CreateDepartment: { rule: 'departments: ADMIN all, everyone else read', expect: only(['admin']) },
  CreateMedicalService: { rule: 'services: ADMIN all, everyone else read', expect: only(['admin']) },
  Catalog: { rule: 'departments, services, doctors’ public profile: read for every role', expect: signedIn() },
  CreateDoctor: { rule: 'doctors: ADMIN all, everyone else read the public profile', expect: only(['admin']) },
  UpdateDoctor: { rule: 'updateDoctor: "ADMIN; or the doctor themself"', expect: only(['doctorOwn', 'admin']) },
  Doctors: { rule: 'doctors’ public profile: read for every role', expect: signedIn() },
  DoctorProfile: {
    rule: 'public profile for all; Doctor.performance as analytics (own, STAKEHOLDER, ADMIN); TimeOff.reason: ADMIN and the doctor',
    expect: only([...SIGNED_IN], {
      patientSelf: { refused: [PERFORMANCE, TIME_OFF_REASON] },
      patientOther: { refused: [PERFORMANCE, TIME_OFF_REASON] },
      doctorOther: { refused: [PERFORMANCE, TIME_OFF_REASON] },
      staff: { refused: [PERFORMANCE, TIME_OFF_REASON] },
      stakeholder: { refused: [TIME_OFF_REASON] },
    }),
  },
  SetWeeklyAvailability: {
    rule: 'setWeeklyAvailability: "ADMIN or the doctor themself"',
    expect: only(['doctorOwn', 'admin']),
  },
  AddTimeOff: { rule: 'addTimeOff: "ADMIN or the doctor themself"', expect: only(['doctorOwn', 'admin']) },
  AddTimeOffWithConflicts: {
    rule: 'addTimeOff: "ADMIN or the doctor themself"; conflictingAppointments for the doctor, STAFF, ADMIN',
    expect: only(['doctorOwn', 'admin']),
  },
  AddExtraHours: {
    rule: 'addExtraHours: as addTimeOff, "ADMIN or the doctor themself"',
    expect: only(['doctorOwn', 'admin']),
  },
  AvailableSlots: { rule: 'free slots: read for every role', expect: signedIn() },
  AvailabilityCalendar: { rule: 'free slots: read for every role', expect: signedIn() },

  // patients
  RegisterPatient: {
    rule: 'a patient’s profile: PATIENT own (registers herself), STAFF create, ADMIN all; DOCTOR and STAKEHOLDER no',
    expect: only(['patientSelf', 'patientOther', 'staff', 'admin']),
    tolerated: {
      patientOther: {
        codes: ['CONFLICT'],
        why: 'the other patient registered her own profile when she was made; a second one is CONFLICT, not a refusal',
      },
    },
  },
  UpdatePatient: {
    rule: 'a patient’s profile: PATIENT own, STAFF update, ADMIN all; DOCTOR reads the profile of their patients only',
    expect: only(['patientSelf', 'staff', 'admin']),
  },
  Patients: {
    rule: 'patients: STAFF and ADMIN every patient, a DOCTOR those they have appointments with; PATIENT, STAKEHOLDER no',
    expect: only(['doctorOwn', 'staff', 'admin'], { doctorOther: 'scoped' }),
  },
  PatientChart: {
    rule: 'profile own / their patients / STAFF / ADMIN; medical records: STAFF no; invoices: DOCTOR no',
    expect: only(['patientSelf', 'admin'], {
      doctorOwn: { refused: ['patient.invoices'] },
      staff: { refused: ['patient.medicalRecords'] },
    }),
  },
  AddMedicalRecord: {
    rule: 'medical records: DOCTOR create for their patients; PATIENT read only, ADMIN read, STAFF no',
    expect: only(['doctorOwn']),
  },
  UpdateMedicalRecord: {
    rule: 'medical records: DOCTOR update for their patients; PATIENT read only, ADMIN read, STAFF no',
    expect: only(['doctorOwn']),
  },
  MedicalRecordHistory: {
    rule: 'Audit: versions are readable by whoever may read the record (PATIENT own, their DOCTOR, ADMIN)',
    expect: only(['patientSelf', 'doctorOwn', 'admin'], { staff: { refused: ['patient.medicalRecords'] } }),
  },
  ReviseMedicalRecord: {
    rule: 'medical records: DOCTOR update for their patients (an update adds a version)',
    expect: only(['doctorOwn']),
  },
  PatientDataExport: {
    rule: 'Audit: patientDataExport (the patient herself, ADMIN)',
    expect: only(['patientSelf', 'admin']),
  },
};
