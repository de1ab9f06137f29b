/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD, in the clinic's time zone */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with an offset; returned in UTC, e.g. 2026-12-01T09:30:00.000Z */
  DateTime: { input: string; output: string; }
  /** An exact amount of money as a string with two fraction digits, e.g. "105.00" */
  Decimal: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A visit: requested by a patient, decided by the doctor */
export type Appointment = {
  __typename?: 'Appointment';
  /** Set once cancelled, before tax: 50 % of the booked price when the patient, STAFF or ADMIN cancelled 2 hours or less before the start, else 0 (always 0 when the doctor cancelled) */
  cancellationFee?: Maybe<Scalars['Decimal']['output']>;
  /** The reason given when it was cancelled; null when none was given or it is not CANCELLED */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When it was requested: by the patient, the desk for her, or her claim of a waitlist offer */
  createdAt: Scalars['DateTime']['output'];
  /** The doctor the visit is with */
  doctor: Doctor;
  /** When it ends: the start plus the service's duration as booked */
  end: Scalars['DateTime']['output'];
  /** What cancelling now would cost the caller, before tax (as cancellationFee would be set); null once the visit can no longer be cancelled */
  feeIfCancelledNow?: Maybe<Scalars['Decimal']['output']>;
  /** Null until the patient rates the visit. The patient who wrote it, the doctor of the visit, STAFF, STAKEHOLDER, ADMIN */
  feedback?: Maybe<Feedback>;
  /** The visit's id */
  id: Scalars['ID']['output'];
  /** The bill of the visit, null until it ends in one: the patient, STAFF and ADMIN; FORBIDDEN to others */
  invoice?: Maybe<Invoice>;
  /** Whose visit it is */
  patient: Patient;
  /** Issued at this visit, oldest first. Null with a FORBIDDEN error for whoever may not read them */
  prescriptions?: Maybe<Array<Prescription>>;
  /** Why the patient asked for the visit, at most 1000 characters */
  reason: Scalars['String']['output'];
  /** Why the doctor (or an administrator) rejected it, once REJECTED; null otherwise */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** How often it was rescheduled: 2 at most */
  rescheduleCount: Scalars['Int']['output'];
  /** What the visit is for; the visit keeps the length and price the service had when booked */
  service: MedicalService;
  /** When the visit starts */
  start: Scalars['DateTime']['output'];
  /** Where the visit stands; PENDING and APPROVED visits hold their slot */
  status: AppointmentStatus;
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of Appointment nodes, in the list's order, at most 100 at a time */
export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  /** This page's Appointment nodes, in the list's order; empty past the end */
  edges: Array<AppointmentEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many Appointment nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One Appointment of a page, with its place in the list */
export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The Appointment itself */
  node: Appointment;
};

/** Which appointments to list; every given criterion must hold */
export type AppointmentFilter = {
  /** This doctor's visits; a doctor may only name themself */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Starting at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** This patient's visits; a patient may only name themself */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** In any of these statuses; absent or empty: any */
  status?: InputMaybe<Array<AppointmentStatus>>;
  /** Starting before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where a visit is in its lifecycle */
export type AppointmentStatus =
  /** Approved by the doctor (or ADMIN); holds its slot */
  | 'APPROVED'
  /** Cancelled before its start by the patient, the doctor, STAFF or ADMIN; frees its slot */
  | 'CANCELLED'
  /** Held: the doctor (or ADMIN) marked it done once it had started */
  | 'COMPLETED'
  /** The patient did not come: the doctor (or ADMIN) marked it so once it had started */
  | 'NO_SHOW'
  /** Requested and holding its slot; the doctor is yet to approve or reject it */
  | 'PENDING'
  /** Turned down by the doctor or ADMIN (rejectionReason says why); frees its slot */
  | 'REJECTED';

/** Who acted: a user (their id and role then), or a service */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The user's id, or a service's, e.g. service:appointments */
  id: Scalars['ID']['output'];
  /** PATIENT, DOCTOR, STAFF, STAKEHOLDER, ADMIN or SERVICE */
  role?: Maybe<Scalars['String']['output']>;
};

/** Who did what to which subject, when, and how it ended; append-only */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** `<subject>.<verb>`, e.g. medicalRecord.read, user.deactivate */
  action: Scalars['String']['output'];
  /** Null when nobody was signed in (a failed sign-in) */
  actor?: Maybe<AuditActor>;
  /** When it happened, to the millisecond */
  at: Scalars['DateTime']['output'];
  /** The client's IP address as the gateway saw it; null when unknown */
  clientAddress?: Maybe<Scalars['String']['output']>;
  /** The entry, unique in the trail */
  id: Scalars['ID']['output'];
  /** Done, refused for who asked, or failed otherwise */
  outcome: AuditOutcome;
  /** The patient the subject belongs to */
  patientId?: Maybe<Scalars['ID']['output']>;
  /** The X-Request-Id the gateway answered the request with; null when no request made it */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Its id as the caller gave it, cut to 64 characters; null when none was named */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** The type acted on, e.g. User, MedicalRecord, Invoice */
  subjectType: Scalars['String']['output'];
};

/** A page of AuditEvent nodes, in the list's order, at most 100 at a time */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** This page's AuditEvent nodes, in the list's order; empty past the end */
  edges: Array<AuditEventEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many AuditEvent nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEvent of a page, with its place in the list */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The AuditEvent itself */
  node: AuditEvent;
};

/** Which audit events to list; every field narrows the list */
export type AuditFilter = {
  /** e.g. medicalRecord.read, user.deactivate */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Done by this user or service */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** At or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only attempts that ended so */
  outcome?: InputMaybe<AuditOutcome>;
  /** About this patient's data */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How an audited attempt ended */
export type AuditOutcome =
  /** Refused for who asked: UNAUTHENTICATED or FORBIDDEN */
  | 'DENIED'
  /** Failed for any other reason: bad input, a broken rule, a fault */
  | 'FAILED'
  /** Done as asked */
  | 'SUCCESS';

/** A signed-in session: send the token as `Authorization: Bearer <token>` */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Good until it expires or the user's sessions end (signOutEverywhere, a new password or role, deactivation) */
  token: Scalars['String']['output'];
  /** Who is signed in */
  user: User;
};

/** Free starts of a service per clinic day */
export type AvailabilityCalendarInput = {
  /** The first clinic day */
  from: Scalars['Date']['input'];
  /** The service to book, with any doctor of its department; its duration is each slot's length */
  serviceId: Scalars['ID']['input'];
  /** Inclusive; at most 31 days in all */
  to: Scalars['Date']['input'];
};

/** When a doctor sees patients on a day of the week, in the clinic's time zone */
export type AvailabilityRule = {
  __typename?: 'AvailabilityRule';
  /** The day it holds on, every week */
  dayOfWeek: DayOfWeek;
  /** HH:MM, clinic time; the first minute the doctor is no longer available */
  endTime: Scalars['String']['output'];
  /** HH:MM, clinic time */
  startTime: Scalars['String']['output'];
};

/** A span of a weekday when the doctor sees patients, in the clinic's time zone */
export type AvailabilityRuleInput = {
  /** Rules of one day must not overlap; back to back is fine */
  dayOfWeek: DayOfWeek;
  /** HH:MM on a 30-minute boundary, until 18:00; after startTime */
  endTime: Scalars['String']['input'];
  /** HH:MM on a 30-minute boundary, from 09:00 */
  startTime: Scalars['String']['input'];
};

/** A start a visit of the service can be booked at, with the doctor who is free */
export type AvailableSlot = {
  __typename?: 'AvailableSlot';
  /** The doctor free at that time */
  doctor: Doctor;
  /** When it would end: the start plus the service's duration */
  end: Scalars['DateTime']['output'];
  /** When the visit would start */
  start: Scalars['DateTime']['output'];
};

/** Free starts of a service, with one doctor or any of its department */
export type AvailableSlotsInput = {
  /** Any doctor of the service's department when absent */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Starts at or after */
  from: Scalars['DateTime']['input'];
  /** The service to book; its duration is the length of each slot */
  serviceId: Scalars['ID']['input'];
  /** Starts before; at most 31 days after from */
  to: Scalars['DateTime']['input'];
};

/** A clinic day: how many starts are free, and with whom */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The clinic day; every day of the range has one, free or not */
  date: Scalars['Date']['output'];
  /** The doctors with at least one free start that day */
  doctors: Array<Doctor>;
  /** Free starts that day, per doctor: a start two doctors are free at counts twice */
  freeSlotCount: Scalars['Int']['output'];
};

/** A doctor joins the hospital */
export type CreateDoctorInput = {
  /** The department the doctor works in; NOT_FOUND when the id names none */
  departmentId: Scalars['ID']['input'];
  /** Unique among doctors, whatever its case */
  email: Scalars['String']['input'];
  /** Unique among doctors */
  licenseNumber: Scalars['String']['input'];
  /** Full name, not blank, at most 200 characters */
  name: Scalars['String']['input'];
  /** E.164, e.g. +380441234567 */
  phone: Scalars['String']['input'];
  /** Not blank, at most 120 characters, e.g. "Obstetrics" */
  specialty: Scalars['String']['input'];
  /** The doctor's user account; the doctor's id becomes this id */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** An administrator opens an account for a member of the hospital */
export type CreateStaffAccountInput = {
  /** At most 254 characters; kept lower-cased, and one account per address */
  email: Scalars['String']['input'];
  /** At least 10 characters */
  password: Scalars['String']['input'];
  /** What the account may do; patients usually sign up themselves */
  role: Role;
};

/** One file imported whole */
export type CsvImport = {
  __typename?: 'CsvImport';
  /** Rows new to analytics */
  added: Scalars['Int']['output'];
  /** Rows imported before, with the same values (their ids are known) */
  alreadyPresent: Scalars['Int']['output'];
  /** What the file holds */
  kind: CsvKind;
  /** Data rows in the file */
  rows: Scalars['Int']['output'];
  /** The path or gs:// URL of the file */
  source: Scalars['String']['output'];
};

/** What a CSV file holds, told by its header row */
export type CsvKind =
  /** delivery_id,doctor_id,delivered_at,delivery_type */
  | 'DELIVERIES'
  /** cost_id,department_id,cost_date,amount,category */
  | 'DEPARTMENT_COSTS';

/** A day of the week in the clinic's time zone */
export type DayOfWeek =
  /** Friday */
  | 'FRIDAY'
  /** Monday */
  | 'MONDAY'
  /** Saturday */
  | 'SATURDAY'
  /** Sunday */
  | 'SUNDAY'
  /** Thursday */
  | 'THURSDAY'
  /** Tuesday */
  | 'TUESDAY'
  /** Wednesday */
  | 'WEDNESDAY';

/** A clinical department of the hospital, such as obstetrics or neonatology */
export type Department = {
  __typename?: 'Department';
  /** The department's doctors, by name */
  doctors: Array<Doctor>;
  /** The department's id, as `department(id)` and the filters name it */
  id: Scalars['ID']['output'];
  /** Unique across the hospital */
  name: Scalars['String']['output'];
  /** What the department offers, by name */
  services: Array<MedicalService>;
};

/** A department's money in the period */
export type DepartmentRevenue = {
  __typename?: 'DepartmentRevenue';
  /** The department's imported costs dated in the period */
  costs: Scalars['Decimal']['output'];
  /** null (with an error) for an id the doctors subgraph does not know, e.g. from a mistyped CSV row */
  department?: Maybe<Department>;
  /** revenue − costs */
  profit: Scalars['Decimal']['output'];
  /** profit / revenue; 0 when there was no revenue */
  profitMargin: Scalars['Float']['output'];
  /** Paid invoices net of tax and refunds, by the day paid */
  revenue: Scalars['Decimal']['output'];
};

/** A doctor of the hospital; the id is the doctor's user account id when they have one */
export type Doctor = {
  __typename?: 'Doctor';
  /** Where the doctor works: they are booked only for the services of this department */
  department: Department;
  /** ADMIN and the doctor themself; FORBIDDEN for anyone else */
  email?: Maybe<Scalars['String']['output']>;
  /** Days opened beyond the usual week, by day and start: from `from` (today by default) to `to` (a year on by default), at most 366 days */
  extraHours: Array<ExtraHours>;
  /** Part of the doctor's public profile: any signed-in user */
  feedbackSummary: FeedbackSummary;
  /** The doctor's user id, a DOCTOR token's sub, when they have an account */
  id: Scalars['ID']['output'];
  /** ADMIN and the doctor themself; FORBIDDEN for anyone else */
  licenseNumber?: Maybe<Scalars['String']['output']>;
  /** Full name, as patients see it */
  name: Scalars['String']['output'];
  /** As doctorPerformance: refused (FORBIDDEN) to anyone but the doctor, STAKEHOLDER and ADMIN */
  performance?: Maybe<DoctorPerformance>;
  /** E.164. ADMIN and the doctor themself; FORBIDDEN for anyone else */
  phone?: Maybe<Scalars['String']['output']>;
  /** What the doctor practises, e.g. "Obstetrics"; free text */
  specialty: Scalars['String']['output'];
  /** Periods away from the usual week, by start */
  timeOff: Array<TimeOff>;
  /** The usual week, Monday first, by start time */
  weeklyAvailability: Array<AvailabilityRule>;
};


/** A doctor of the hospital; the id is the doctor's user account id when they have one */
export type DoctorExtraHoursArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A doctor of the hospital; the id is the doctor's user account id when they have one */
export type DoctorPerformanceArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** A page of Doctor nodes, in the list's order, at most 100 at a time */
export type DoctorConnection = {
  __typename?: 'DoctorConnection';
  /** This page's Doctor nodes, in the list's order; empty past the end */
  edges: Array<DoctorEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many Doctor nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One Doctor of a page, with its place in the list */
export type DoctorEdge = {
  __typename?: 'DoctorEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The Doctor itself */
  node: Doctor;
};

/** Which doctors to list; every given criterion must hold */
export type DoctorFilter = {
  /** Doctors of this department */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, whatever the case */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Doctors of the department that offers this service */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to the specialty, whatever the case */
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** What a doctor did over a period of clinic days */
export type DoctorPerformance = {
  __typename?: 'DoctorPerformance';
  /** The mean rating of feedback given in the period, to 2 decimals; null when there is none */
  averagePatientSatisfaction?: Maybe<Scalars['Float']['output']>;
  /** Visits completed, by the day they were booked for */
  completedAppointments: Scalars['Int']['output'];
  /** The doctor asked about */
  doctor: Doctor;
  /** Inclusive */
  endDate: Scalars['Date']['output'];
  /** Visits marked no-show, by the day they were booked for */
  noShows: Scalars['Int']['output'];
  /** The first clinic day, as asked */
  startDate: Scalars['Date']['output'];
  /** From the imported delivery records */
  totalCSections: Scalars['Int']['output'];
  /** From the imported delivery records */
  totalNaturalBirths: Scalars['Int']['output'];
  /** Clinic days with at least one completed visit or delivery */
  totalWorkingDays: Scalars['Int']['output'];
};

/** A window of one clinic day in which a doctor sees patients beyond their usual week */
export type ExtraHours = {
  __typename?: 'ExtraHours';
  /** The day, in the clinic's time zone */
  date: Scalars['Date']['output'];
  /** HH:MM, clinic time; the first minute the doctor is no longer available */
  endTime: Scalars['String']['output'];
  /** What removeExtraHours takes */
  id: Scalars['ID']['output'];
  /** HH:MM, clinic time */
  startTime: Scalars['String']['output'];
};

/** A window of one day in which the doctor sees patients beyond their usual week, in the clinic's time zone */
export type ExtraHoursInput = {
  /** Today or later */
  date: Scalars['Date']['input'];
  /** HH:MM on a 30-minute boundary, until 18:00; after startTime */
  endTime: Scalars['String']['input'];
  /** HH:MM on a 30-minute boundary, from 09:00 */
  startTime: Scalars['String']['input'];
};

/** A patient's rating of a completed visit, with an optional comment */
export type Feedback = {
  __typename?: 'Feedback';
  /** The visit rated. Beyond its id, read as `appointment(id)` allows: a STAKEHOLDER is FORBIDDEN, and reads `doctor` instead */
  appointment: Appointment;
  /** What the patient wrote, trimmed; null when she wrote nothing */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the patient gave it */
  createdAt: Scalars['DateTime']['output'];
  /** The visit's doctor, readable by whoever may read the feedback, without going through the appointment */
  doctor: Doctor;
  /** The feedback's id */
  id: Scalars['ID']['output'];
  /** 1 (poor) to 5 (excellent) */
  rating: Scalars['Int']['output'];
};

/** A page of Feedback nodes, in the list's order, at most 100 at a time */
export type FeedbackConnection = {
  __typename?: 'FeedbackConnection';
  /** This page's Feedback nodes, in the list's order; empty past the end */
  edges: Array<FeedbackEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many Feedback nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One Feedback of a page, with its place in the list */
export type FeedbackEdge = {
  __typename?: 'FeedbackEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The Feedback itself */
  node: Feedback;
};

/** Which feedback to list; every field given narrows the list */
export type FeedbackFilter = {
  /** The visits of the department's doctors */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** One doctor's visits (a doctor may name only herself) */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Given at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** At most this rating, 1 to 5 */
  maxRating?: InputMaybe<Scalars['Int']['input']>;
  /** At least this rating, 1 to 5 */
  minRating?: InputMaybe<Scalars['Int']['input']>;
  /** Given before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a doctor's patients rated their visits: no comments, no patients */
export type FeedbackSummary = {
  __typename?: 'FeedbackSummary';
  /** The mean rating to 2 decimals; null while there is none */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** How many of the doctor's visits were rated */
  count: Scalars['Int']['output'];
};

/** A bill for a visit: its consultation, a late cancellation or a missed visit, plus 5 % tax */
export type Invoice = {
  __typename?: 'Invoice';
  /** The visit billed */
  appointment: Appointment;
  /** When billing raised it: as the visit was completed, marked a no-show or cancelled late */
  createdAt: Scalars['DateTime']['output'];
  /** What invoice(id) and payInvoice take */
  id: Scalars['ID']['output'];
  /** What the visit is billed for */
  kind: InvoiceKind;
  /** The patient billed */
  patient: Patient;
  /** Oldest first */
  payments: Array<Payment>;
  /** Whether it is to be paid, paid, voided or refunded */
  status: InvoiceStatus;
  /** Before tax */
  subtotal: Scalars['Decimal']['output'];
  /** 5 % of the subtotal, rounded half away from zero */
  tax: Scalars['Decimal']['output'];
  /** Subtotal plus tax: what the patient pays */
  total: Scalars['Decimal']['output'];
};

/** A page of Invoice nodes, in the list's order, at most 100 at a time */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** This page's Invoice nodes, in the list's order; empty past the end */
  edges: Array<InvoiceEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many Invoice nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One Invoice of a page, with its place in the list */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The Invoice itself */
  node: Invoice;
};

/** Which invoices to list; every given criterion must hold */
export type InvoiceFilter = {
  /** Created at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** A patient may only name themself */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these */
  status?: InputMaybe<Array<InvoiceStatus>>;
  /** Created before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a visit is billed for */
export type InvoiceKind =
  /** The patient's side cancelled too late to be free: the fee the cancellation set (Appointment.cancellationFee) */
  | 'CANCELLATION_FEE'
  /** A completed visit: the service's price as booked */
  | 'CONSULTATION'
  /** The patient missed the visit: the full price as booked */
  | 'NO_SHOW_FEE';

/** PENDING until paid or voided; a paid invoice is refunded when its visit is cancelled in time */
export type InvoiceStatus =
  /** Paid in full */
  | 'PAID'
  /** To be paid */
  | 'PENDING'
  /** Paid, then given back in full: its visit was cancelled in time */
  | 'REFUNDED'
  /** Never to be paid: voided at the desk with a reason, or its visit was cancelled in time */
  | 'VOID';

/** The doctor of an approved or completed visit prescribes for the visit's patient */
export type IssuePrescriptionInput = {
  /** The caller's own visit, APPROVED or COMPLETED: another status is BUSINESS_RULE_VIOLATION (VISIT_NOT_PRESCRIBABLE) */
  appointmentId: Scalars['ID']['input'];
  /** 1 to 365 */
  days: Scalars['Int']['input'];
  /** Not blank, at most 200 characters */
  dosage: Scalars['String']['input'];
  /** At most 2000 characters */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** Not blank, at most 200 characters */
  medication: Scalars['String']['input'];
};

/** A password reset to hand to its user: shown once, spent once, within the hour */
export type IssuedPasswordReset = {
  __typename?: 'IssuedPasswordReset';
  /** 60 minutes after issue; a newer reset for the user voids it sooner */
  expiresAt: Scalars['DateTime']['output'];
  /** For the user to spend with resetPassword; it is not shown again */
  token: Scalars['String']['output'];
};

/** A patient waits for a freed slot of a service between two clinic days */
export type JoinWaitlistInput = {
  /** Any doctor of the service's department when absent */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** The first clinic day; not in the past */
  from: Scalars['Date']['input'];
  /** A patient may only name herself */
  patientId: Scalars['ID']['input'];
  /** The service to wait for */
  serviceId: Scalars['ID']['input'];
  /** The last clinic day; at most 31 days after from */
  to: Scalars['Date']['input'];
};

/** An entry in a patient's medical record, written by a doctor */
export type MedicalRecord = {
  __typename?: 'MedicalRecord';
  /** The doctor who wrote it */
  author?: Maybe<Doctor>;
  /** When it was first written */
  createdAt: Scalars['DateTime']['output'];
  /** The current version's diagnosis */
  diagnosis: Scalars['String']['output'];
  /** What updateMedicalRecord takes */
  id: Scalars['ID']['output'];
  /** The current version's notes; null when there are none */
  notes?: Maybe<Scalars['String']['output']>;
  /** When its current version was written: createdAt until it is revised */
  updatedAt: Scalars['DateTime']['output'];
  /** The current version: 1 as written, one more with each revision */
  version: Scalars['Int']['output'];
  /** Every version, oldest first, the current one last: for whoever may read the record */
  versions: Array<MedicalRecordVersion>;
};

/** What a doctor writes in a medical record */
export type MedicalRecordInput = {
  /** Not blank, at most 2000 characters */
  diagnosis: Scalars['String']['input'];
  /** On an update: left out keeps the notes, null removes them */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** What a medical record said from one revision to the next */
export type MedicalRecordVersion = {
  __typename?: 'MedicalRecordVersion';
  /** When this version was written */
  changedAt: Scalars['DateTime']['output'];
  /** The doctor who wrote this version */
  changedById: Scalars['ID']['output'];
  /** The diagnosis as this version had it */
  diagnosis: Scalars['String']['output'];
  /** The notes as this version had them; null when there were none */
  notes?: Maybe<Scalars['String']['output']>;
  /** 1 as first written */
  version: Scalars['Int']['output'];
};

/** Something a department offers a patient, with how long a visit takes and its price */
export type MedicalService = {
  __typename?: 'MedicalService';
  /** The department that offers it: only that department's doctors are booked for it */
  department: Department;
  /** How long one visit lasts: a multiple of 30 minutes, at most 480 */
  durationMinutes: Scalars['Int']['output'];
  /** The service's id, as a booking's serviceId names it */
  id: Scalars['ID']['output'];
  /** Unique within its department */
  name: Scalars['String']['output'];
  /** The price of one visit, before tax */
  price: Scalars['Decimal']['output'];
};

/** A service a department starts to offer */
export type MedicalServiceInput = {
  /** The department that offers it; NOT_FOUND when the id names none */
  departmentId: Scalars['ID']['input'];
  /** A positive multiple of 30, at most 480 */
  durationMinutes: Scalars['Int']['input'];
  /** Unique within its department */
  name: Scalars['String']['input'];
  /** Not negative, e.g. "105.00" */
  price: Scalars['Decimal']['input'];
};

/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type Mutation = {
  __typename?: 'Mutation';
  /** ADMIN or the doctor themself: opens the doctor on one day, beyond the usual week */
  addExtraHours: ExtraHours;
  /** A DOCTOR, for a patient they have an appointment with */
  addMedicalRecord: MedicalRecord;
  /** ADMIN or the doctor themself */
  addTimeOff: TimeOff;
  /** The doctor, ADMIN; at another time when confirmedTime differs */
  approveAppointment: Appointment;
  /** The patient, the doctor, STAFF, ADMIN */
  cancelAppointment: Appointment;
  /** A new password, proven by the current one: every other session ends, this one gets a fresh token */
  changePassword: AuthPayload;
  /** ADMIN only: the user's earlier sessions end; the last active ADMIN stays one */
  changeUserRole: User;
  /** The offer's patient, STAFF for her, ADMIN. Books the offered slot as a PENDING visit through every booking rule; the first claim wins, a later one, or one after the offer lapsed (15 minutes) or the slot was booked by someone else, is SLOT_TAKEN */
  claimSlotOffer: Appointment;
  /** The doctor, ADMIN; once the visit has started */
  completeAppointment: Appointment;
  /** ADMIN only */
  createDepartment: Department;
  /** ADMIN only */
  createDoctor: Doctor;
  /** ADMIN only */
  createMedicalService: MedicalService;
  /** ADMIN only: an account for a doctor, staff, a stakeholder or an administrator */
  createStaffAccount: User;
  /** ADMIN only: the user can no longer sign in and every session ends; their history stays */
  deactivateUser: User;
  /** ADMIN. Imports delivery and department-cost CSV files: paths inside the import folder (ANALYTICS_IMPORT_DIR), folders of them, or gs://bucket/prefix. Each file whole or not at all, in order; a bad file is BAD_USER_INPUT with its lines (extensions.problems) and the files imported before it */
  importAnalyticsCsv: Array<CsvImport>;
  /** ADMIN only: a single-use token, valid for an hour, with which the user sets a new password */
  issuePasswordReset: IssuedPasswordReset;
  /** The DOCTOR of an APPROVED or COMPLETED visit */
  issuePrescription: Prescription;
  /** The patient for herself, STAFF for any patient, ADMIN. Waits for a freed slot of the service (with the doctor, or any doctor of the service's department) on a clinic day from `from` to `to` (not in the past; `to` at most 31 days after `from`). One open entry per patient, service and doctor (CONFLICT) */
  joinWaitlist: WaitlistEntry;
  /** The patient, STAFF, ADMIN. Ends a WAITING or OFFERED entry; an open offer goes to the next patient */
  leaveWaitlist: WaitlistEntry;
  /** The doctor, ADMIN; once the visit has started */
  markNoShow: Appointment;
  /** The patient their own invoice, STAFF and ADMIN any. A retry with the same idempotencyKey and input returns the first payment */
  payInvoice: Payment;
  /** ADMIN only: the user may sign in again */
  reactivateUser: User;
  /** A PATIENT registers themself (the profile takes their user id); STAFF or ADMIN register a walk-in */
  registerPatient: Patient;
  /** The doctor, ADMIN */
  rejectAppointment: Appointment;
  /** ADMIN or the doctor themself */
  removeExtraHours: Scalars['Boolean']['output'];
  /** ADMIN or the doctor themself */
  removeTimeOff: Scalars['Boolean']['output'];
  /** A patient for themself, STAFF for any patient, ADMIN */
  requestAppointment: Appointment;
  /** The patient, STAFF, ADMIN (a doctor does not reschedule). Moves a PENDING or APPROVED visit to newStart and, when given, to another doctor (doctorId) or another service (serviceId) of the visit's own department; the status is kept. Every booking rule is checked again, atomically: lead time, clinic hours, slot alignment, the doctor's weekly hours and time off, the daily cap, the doctor's slot (SLOT_TAKEN) and the patient's (PATIENT_OVERLAP); a doctor or service of another department is DEPARTMENT_MISMATCH. The length and price follow the new service (unchanged service: the booked ones). Counts as one reschedule: at most 2 in all (RESCHEDULE_LIMIT), none within 60 minutes of the current start (RESCHEDULE_WINDOW) */
  rescheduleAppointment: Appointment;
  /** Spends a password reset: the new password, and the user's sessions end */
  resetPassword: AuthPayload;
  /** ADMIN or the doctor themself: replaces the doctor's whole weekly availability with `rules` */
  setWeeklyAvailability: Doctor;
  /** A wrong password, an unknown e-mail and a deactivated account are the same UNAUTHENTICATED; repeated failures lock the account for a while (RATE_LIMITED) */
  signIn: AuthPayload;
  /** Ends every one of the signed-in user's sessions, this one included */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Open a patient account and sign in */
  signUp: AuthPayload;
  /** The visit's patient, once per COMPLETED visit (else VISIT_NOT_COMPLETED); a second time is CONFLICT */
  submitFeedback: Feedback;
  /** ADMIN; or the doctor themself, for everything but the department */
  updateDoctor: Doctor;
  /** A DOCTOR, for a patient they have an appointment with: the record becomes its next version */
  updateMedicalRecord: MedicalRecord;
  /** The patient herself, STAFF or ADMIN; FORBIDDEN for anyone else, a DOCTOR too. NOT_FOUND for STAFF and ADMIN when the id names no patient */
  updatePatient: Patient;
  /** STAFF and ADMIN; only a PENDING invoice, with the reason why */
  voidInvoice: Invoice;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationAddExtraHoursArgs = {
  doctorId: Scalars['ID']['input'];
  input: ExtraHoursInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationAddMedicalRecordArgs = {
  input: MedicalRecordInput;
  patientId: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationAddTimeOffArgs = {
  doctorId: Scalars['ID']['input'];
  input: TimeOffInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationApproveAppointmentArgs = {
  confirmedTime?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationCancelAppointmentArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationChangeUserRoleArgs = {
  id: Scalars['ID']['input'];
  role: Role;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationClaimSlotOfferArgs = {
  offerId: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationCompleteAppointmentArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationCreateDepartmentArgs = {
  name: Scalars['String']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationCreateDoctorArgs = {
  input: CreateDoctorInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationCreateMedicalServiceArgs = {
  input: MedicalServiceInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationImportAnalyticsCsvArgs = {
  sources: Array<Scalars['String']['input']>;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationIssuePasswordResetArgs = {
  userId: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationIssuePrescriptionArgs = {
  input: IssuePrescriptionInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationJoinWaitlistArgs = {
  input: JoinWaitlistInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationLeaveWaitlistArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationMarkNoShowArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationPayInvoiceArgs = {
  input: PayInvoiceInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationReactivateUserArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationRegisterPatientArgs = {
  input: RegisterPatientInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationRejectAppointmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationRemoveExtraHoursArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationRemoveTimeOffArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationRequestAppointmentArgs = {
  input: RequestAppointmentInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationRescheduleAppointmentArgs = {
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  newStart: Scalars['DateTime']['input'];
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationSetWeeklyAvailabilityArgs = {
  doctorId: Scalars['ID']['input'];
  rules: Array<AvailabilityRuleInput>;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationUpdateDoctorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDoctorInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationUpdateMedicalRecordArgs = {
  id: Scalars['ID']['input'];
  input: MedicalRecordInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationUpdatePatientArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePatientInput;
};


/** What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout. */
export type MutationVoidInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A message about a visit or a waitlist offer, by e-mail or SMS, recorded with its status and text */
export type Notification = {
  __typename?: 'Notification';
  /** The visit it is about; null for a waitlist offer */
  appointmentId?: Maybe<Scalars['ID']['output']>;
  /** Failed tries so far */
  attempts: Scalars['Int']['output'];
  /** The text as last tried (what was sent once SENT); null before the first try */
  body?: Maybe<Scalars['String']['output']>;
  /** E-mail or SMS: a notice is recorded once per channel */
  channel: NotificationChannel;
  /** When it is (or was) to be sent */
  dueAt: Scalars['DateTime']['output'];
  /** The notification's id */
  id: Scalars['ID']['output'];
  /** What it tells */
  kind: NotificationKind;
  /** The waitlist offer it is about (SLOT_OFFER); null otherwise */
  offerId?: Maybe<Scalars['ID']['output']>;
  /** The patient's or the doctor's id */
  recipientId: Scalars['ID']['output'];
  /** When it was sent; null unless SENT */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it was sent, is still to be, or will not be */
  status: NotificationStatus;
  /** The e-mail's subject as last tried (what was sent once SENT); null for an SMS and before the first try */
  subject?: Maybe<Scalars['String']['output']>;
};

/** How a notification travels */
export type NotificationChannel =
  /** An e-mail, with a subject */
  | 'EMAIL'
  /** A text message, without a subject */
  | 'SMS';

/** A page of Notification nodes, in the list's order, at most 100 at a time */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** This page's Notification nodes, in the list's order; empty past the end */
  edges: Array<NotificationEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many Notification nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One Notification of a page, with its place in the list */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The Notification itself */
  node: Notification;
};

/** What a notification tells */
export type NotificationKind =
  /** To the patient and to the doctor: the visit was cancelled */
  | 'CANCELLATION'
  /** To the patient: the visit was approved */
  | 'CONFIRMATION'
  /** To the patient: the doctor's time off or new hours leave the visit outside them, with free slots to move to; the visit stays booked */
  | 'DOCTOR_UNAVAILABLE'
  /** To the patient, some time after a completed visit, unless she has rated it */
  | 'FEEDBACK_REQUEST'
  /** To the patient: an invoice was raised for the visit, with its total and how to pay */
  | 'INVOICE'
  /** To the patient: the request was rejected */
  | 'REJECTION'
  /** To the patient: an approved visit starts in an hour */
  | 'REMINDER_1H'
  /** To the patient: an approved visit starts in 24 hours */
  | 'REMINDER_24H'
  /** To the patient, the doctor, and the doctor it was with before if it changed: the visit was moved */
  | 'RESCHEDULE'
  /** To the patient: a freed slot offered from the waitlist (offerId); about no visit */
  | 'SLOT_OFFER';

/** PENDING until sent (retried on failure), SENT, FAILED after the last try, CANCELLED when dropped */
export type NotificationStatus =
  /** Dropped before it was sent: its visit changed so that it no longer applies, its offer lapsed, or the visit was already rated */
  | 'CANCELLED'
  /** Not sent, and no longer tried: it could not go out in time (before its visit's start or its offer's end, or within 24 hours of dueAt) */
  | 'FAILED'
  /** To be sent at dueAt, or tried again after a failure */
  | 'PENDING'
  /** Sent at sentAt */
  | 'SENT';

/** Where a page of a connection ends */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more follow this page */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A patient's profile: who they are and how to reach them */
export type Patient = {
  __typename?: 'Patient';
  /** Postal address, as given */
  address: Scalars['String']['output'];
  /** The patient's visits by start: the patient, STAFF and ADMIN all; a doctor those with them */
  appointments: AppointmentConnection;
  /** When the profile was registered */
  createdAt: Scalars['DateTime']['output'];
  /** A calendar date, not an instant */
  dateOfBirth: Scalars['Date']['output'];
  /** How to reach her, lower-cased; not unique (a newborn's is her mother's), and not her account's */
  email: Scalars['String']['output'];
  /** As she gave it; null when not given */
  gender?: Maybe<Scalars['String']['output']>;
  /** Her user id, a PATIENT token's sub, when she registered herself; a new id for a walk-in */
  id: Scalars['ID']['output'];
  /** The patient's invoices, newest first: the patient and STAFF and ADMIN; null with a FORBIDDEN error for anyone else */
  invoices?: Maybe<Array<Invoice>>;
  /** Oldest first. Null with a FORBIDDEN error for whoever may not read them */
  medicalRecords?: Maybe<Array<MedicalRecord>>;
  /** Full name */
  name: Scalars['String']['output'];
  /** E.164, e.g. +380441234567 */
  phone: Scalars['String']['output'];
  /** Oldest first. A DOCTOR without the patient in their care sees those they issued; null with a FORBIDDEN error for whoever may see none */
  prescriptions?: Maybe<Array<Prescription>>;
};


/** A patient's profile: who they are and how to reach them */
export type PatientAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Patient nodes, in the list's order, at most 100 at a time */
export type PatientConnection = {
  __typename?: 'PatientConnection';
  /** This page's Patient nodes, in the list's order; empty past the end */
  edges: Array<PatientEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many Patient nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** Everything the hospital holds about one patient, gathered from every subgraph */
export type PatientDataExport = {
  __typename?: 'PatientDataExport';
  /** One JSON document: profile, medical records with their versions, account, visits, notifications, invoices and payments, prescriptions, feedback, and the audit events about her */
  document: Scalars['JSONObject']['output'];
  /** When the export was made */
  generatedAt: Scalars['DateTime']['output'];
  /** Whose data it is */
  patientId: Scalars['ID']['output'];
};

/** One Patient of a page, with its place in the list */
export type PatientEdge = {
  __typename?: 'PatientEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The Patient itself */
  node: Patient;
};

/** Which patients to list */
export type PatientFilter = {
  /** Part of a name, an e-mail or a phone number */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Pay an invoice in full; send the same idempotencyKey again to retry safely */
export type PayInvoiceInput = {
  /** Exactly the invoice's total */
  amount: Scalars['Decimal']['input'];
  /** 8 to 128 characters, new for each payment the client means to make */
  idempotencyKey: Scalars['String']['input'];
  /** A PENDING invoice; a patient may pay only her own */
  invoiceId: Scalars['ID']['input'];
  /** How the patient pays */
  method: PaymentMethod;
};

/** A payment of an invoice */
export type Payment = {
  __typename?: 'Payment';
  /** What was paid: the invoice's total */
  amount: Scalars['Decimal']['output'];
  /** Unique among payments */
  id: Scalars['ID']['output'];
  /** The invoice it paid */
  invoice: Invoice;
  /** How it was paid */
  method: PaymentMethod;
  /** When it was paid */
  paidAt: Scalars['DateTime']['output'];
  /** What the desk and the patient quote, e.g. PAY-7KD3QX9M2A */
  reference: Scalars['String']['output'];
};

/** How a patient paid */
export type PaymentMethod =
  /** By bank transfer */
  | 'BANK_TRANSFER'
  /** By payment card */
  | 'CARD'
  /** In cash */
  | 'CASH'
  /** By the patient's insurer */
  | 'INSURANCE';

/** A medication prescribed by the doctor of a visit */
export type Prescription = {
  __typename?: 'Prescription';
  /** The visit it was issued at */
  appointment: Appointment;
  /** How many days the medication is taken */
  days: Scalars['Int']['output'];
  /** Who issued it: the doctor of the visit */
  doctor: Doctor;
  /** How much and how often, e.g. "500 mg twice a day" */
  dosage: Scalars['String']['output'];
  /** What prescription(id) takes */
  id: Scalars['ID']['output'];
  /** Anything more the patient is told; null when the doctor gave none */
  instructions?: Maybe<Scalars['String']['output']>;
  /** When the doctor issued it */
  issuedAt: Scalars['DateTime']['output'];
  /** What is prescribed, as the doctor wrote it */
  medication: Scalars['String']['output'];
  /** Whom it is for: the patient of the visit */
  patient: Patient;
};

/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type Query = {
  __typename?: 'Query';
  /** The patient and the doctor their own, STAFF and ADMIN any; NOT_FOUND when the id names none */
  appointment?: Maybe<Appointment>;
  /** By start, then id. A patient or a doctor sees only their own; STAFF and ADMIN all */
  appointments: AppointmentConnection;
  /** ADMIN only: the audit trail, newest first */
  auditEvents: AuditEventConnection;
  /** Free starts of a service per clinic day, at most 31 days. Any signed-in user */
  availabilityCalendar: Array<CalendarDay>;
  /** Free starts of a service in at most 31 days, by start. Any signed-in user */
  availableSlots: Array<AvailableSlot>;
  /** Any signed-in user; NOT_FOUND when the id names no department */
  department?: Maybe<Department>;
  /** Every department, by name. Any signed-in user */
  departments: Array<Department>;
  /** Any signed-in user; NOT_FOUND when the id names no doctor */
  doctor?: Maybe<Doctor>;
  /** STAKEHOLDER and ADMIN for any doctor, a DOCTOR for themselves. Inclusive clinic days, at most 5 years */
  doctorPerformance: DoctorPerformance;
  /** Doctors by name. Any signed-in user */
  doctors: DoctorConnection;
  /** Ratings and comments, newest first. STAFF, STAKEHOLDER and ADMIN anyone's; a doctor her own only (naming another doctor is FORBIDDEN); a patient FORBIDDEN */
  feedbackEntries: FeedbackConnection;
  /** A patient their own, STAFF and ADMIN any; NOT_FOUND when the id names none */
  invoice: Invoice;
  /** Newest first. A patient sees only their own; STAFF and ADMIN all */
  invoices: InvoiceConnection;
  /** The signed-in user */
  me: User;
  /** Any signed-in user; NOT_FOUND when the id names no service */
  medicalService?: Maybe<MedicalService>;
  /** A patient's or a doctor's notifications, oldest first: the recipient themself, STAFF, ADMIN */
  notifications: NotificationConnection;
  /** The patient herself, STAFF and ADMIN; a DOCTOR a patient they have an appointment with, else FORBIDDEN. NOT_FOUND for STAFF and ADMIN when the id names no patient (a DOCTOR is told FORBIDDEN) */
  patient?: Maybe<Patient>;
  /** The patient herself and ADMIN: everything the hospital holds about her, as one JSON document */
  patientDataExport: PatientDataExport;
  /** By name. STAFF and ADMIN see every patient, a DOCTOR the patients they have appointments with */
  patients: PatientConnection;
  /** Requests waiting for the doctor, by start. The doctor, STAFF, ADMIN */
  pendingAppointments: AppointmentConnection;
  /** The patient their own; a DOCTOR those they issued and those of patients in their care; STAFF, ADMIN any */
  prescription: Prescription;
  /** STAKEHOLDER and ADMIN. Inclusive clinic days, at most 5 years; from after to is BAD_USER_INPUT */
  revenueReport: RevenueReport;
  /** Capacity, booked, pending and free 30-minute slots per period and doctor. STAFF and ADMIN every doctor's row, a doctor their own */
  scheduleBoard: ScheduleBoard;
  /** One offer: its patient, STAFF, ADMIN (what the gateway delivers `slotOffered` from) */
  slotOffer?: Maybe<SlotOffer>;
  /** ADMIN only: accounts, by e-mail */
  users: UserConnection;
  /** A patient's waitlist entries in the order she joined them, ended ones too: the patient, STAFF, ADMIN */
  waitlist: Array<WaitlistEntry>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryAvailabilityCalendarArgs = {
  input: AvailabilityCalendarInput;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryAvailableSlotsArgs = {
  input: AvailableSlotsInput;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryDoctorArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryDoctorPerformanceArgs = {
  doctorId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryDoctorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DoctorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryFeedbackEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeedbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryMedicalServiceArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recipientId: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryPatientArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryPatientDataExportArgs = {
  patientId: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PatientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryPendingAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  doctorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryPrescriptionArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryRevenueReportArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryScheduleBoardArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  groupBy: ScheduleGrouping;
  to: Scalars['Date']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QuerySlotOfferArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED. */
export type QueryWaitlistArgs = {
  patientId: Scalars['ID']['input'];
};

/** A patient registers themself, or reception registers a walk-in */
export type RegisterPatientInput = {
  /** Postal address, not blank, at most 500 characters */
  address: Scalars['String']['input'];
  /** Not in the future in the clinic's time zone (today is fine, for a newborn), nor before 1900-01-01 */
  dateOfBirth: Scalars['Date']['input'];
  /** An e-mail address to reach her, at most 254 characters; not unique (a newborn's is her mother's) */
  email: Scalars['String']['input'];
  /** Free text, at most 50 characters; blank is none */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Full name, not blank, at most 200 characters */
  name: Scalars['String']['input'];
  /** E.164, e.g. +380441234567 */
  phone: Scalars['String']['input'];
};

/** A patient asks for a visit */
export type RequestAppointmentInput = {
  /** The doctor to see */
  doctorId: Scalars['ID']['input'];
  /** A patient may only name themself */
  patientId: Scalars['ID']['input'];
  /** On the hour or the half hour, clinic time, at least 2 hours ahead */
  preferredTime: Scalars['DateTime']['input'];
  /** Why the patient asks; not blank, at most 1000 characters */
  reason: Scalars['String']['input'];
  /** A service of the doctor's department */
  serviceId: Scalars['ID']['input'];
};

/** Revenue, costs and profit over a period of clinic days, for the business department */
export type RevenueReport = {
  __typename?: 'RevenueReport';
  /** One row per department with revenue or costs in the period, the most revenue first */
  departmentBreakdown: Array<DepartmentRevenue>;
  /** Inclusive */
  endDate: Scalars['Date']['output'];
  /** totalProfit / totalRevenue; 0 when there was no revenue */
  profitMargin: Scalars['Float']['output'];
  /** The first clinic day, as asked */
  startDate: Scalars['Date']['output'];
  /** The departments' imported costs dated in the period, together */
  totalCosts: Scalars['Decimal']['output'];
  /** totalRevenue − totalCosts */
  totalProfit: Scalars['Decimal']['output'];
  /** Paid invoices net of tax and refunds, by the day paid; the departments' revenue together */
  totalRevenue: Scalars['Decimal']['output'];
};

/** What a user is to the hospital; decides what they may do */
export type Role =
  /** An administrator: the only role that administers accounts and reads the audit trail */
  | 'ADMIN'
  /** A doctor; their user id is also their Doctor id */
  | 'DOCTOR'
  /** A patient; her user id is also her Patient id */
  | 'PATIENT'
  /** Reception and the billing desk */
  | 'STAFF'
  /** The business department: reads analytics reports and feedback */
  | 'STAKEHOLDER';

/** The desk's view of capacity and bookings, per period and doctor */
export type ScheduleBoard = {
  __typename?: 'ScheduleBoard';
  /** In order from `from` to `to`; together they cover the range */
  periods: Array<ScheduleBoardPeriod>;
};

/** A day, an ISO week or a month of the board, clipped to the range asked for */
export type ScheduleBoardPeriod = {
  __typename?: 'ScheduleBoardPeriod';
  /** Its last clinic day, included */
  end: Scalars['Date']['output'];
  /** One per doctor on the board, by name */
  rows: Array<ScheduleBoardRow>;
  /** Its first clinic day */
  start: Scalars['Date']['output'];
};

/** One doctor's slots in a period, in 30-minute slots */
export type ScheduleBoardRow = {
  __typename?: 'ScheduleBoardRow';
  /** Half hours of APPROVED and COMPLETED visits */
  bookedSlots: Scalars['Int']['output'];
  /** Half hours of weekly and extra hours, less time off */
  capacitySlots: Scalars['Int']['output'];
  /** The doctor the row counts */
  doctor: Doctor;
  /** Capacity slots no booked or pending visit covers */
  freeSlots: Scalars['Int']['output'];
  /** Half hours of PENDING visits */
  pendingSlots: Scalars['Int']['output'];
  /** bookedSlots ÷ capacitySlots, 0 without capacity; above 1 when visits stand in time off */
  utilisation: Scalars['Float']['output'];
};

/** How the board's periods are cut: clinic days, ISO weeks (Monday to Sunday), calendar months */
export type ScheduleGrouping =
  /** One period per clinic day */
  | 'DAY'
  /** One period per calendar month; the first and the last clipped to the range */
  | 'MONTH'
  /** One period per ISO week, Monday to Sunday; the first and the last clipped to the range */
  | 'WEEK';

/** A patient opens an account */
export type SignUpInput = {
  /** At most 254 characters; kept lower-cased, and one account per address */
  email: Scalars['String']['input'];
  /** At least 10 characters */
  password: Scalars['String']['input'];
};

/** A freed slot offered to a waiting patient for 15 minutes */
export type SlotOffer = {
  __typename?: 'SlotOffer';
  /** The doctor the slot is with */
  doctor: Doctor;
  /** When it would end: the start plus the service's duration */
  end: Scalars['DateTime']['output'];
  /** Until when the offer may be claimed */
  expiresAt: Scalars['DateTime']['output'];
  /** The offer's id */
  id: Scalars['ID']['output'];
  /** The patient it is offered to */
  patient: Patient;
  /** The service the entry waits for */
  service: MedicalService;
  /** When the offered visit would start */
  start: Scalars['DateTime']['output'];
  /** Open, or how it ended */
  status: SlotOfferStatus;
};

/** OFFERED for 15 minutes; CLAIMED (booked as a visit), EXPIRED (not claimed in time) or TAKEN (booked by someone else first) */
export type SlotOfferStatus =
  /** Claimed and booked as a PENDING visit */
  | 'CLAIMED'
  /** Not claimed in time, or its entry was left; the slot went to the next patient waiting */
  | 'EXPIRED'
  /** Open: the patient may claim it until expiresAt */
  | 'OFFERED'
  /** The slot was booked by someone else before the claim */
  | 'TAKEN';

/** A patient rates their completed visit, once */
export type SubmitFeedbackInput = {
  /** Her own COMPLETED visit: another patient's is FORBIDDEN, an id that names none NOT_FOUND */
  appointmentId: Scalars['ID']['input'];
  /** At most 2000 characters once trimmed; a blank comment is none */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5 */
  rating: Scalars['Int']['input'];
};

/** Live events, over graphql-ws at the gateway's /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber's rights before it is sent. */
export type Subscription = {
  __typename?: 'Subscription';
  /** A visit of this doctor's that was cancelled (the doctor's own lobby; STAFF and ADMIN any) */
  appointmentCancelled: Appointment;
  /** A visit asked of this doctor, as soon as it is committed (the doctor's own lobby; STAFF and ADMIN any) */
  appointmentRequested: Appointment;
  /** This patient's visit approved, rejected, rescheduled, cancelled, completed or marked a no-show (the patient themself; ADMIN any) */
  appointmentStatusChanged: Appointment;
  /** STAKEHOLDER and ADMIN: the revenue report for the period (inclusive clinic days, at most 5 years), pushed again each time a payment, a refund or an imported cost changes a day of it */
  revenueReportChanged: RevenueReport;
  /** A freed slot offered to this patient from the waitlist, for 15 minutes (the patient herself, STAFF, ADMIN) */
  slotOffered: SlotOffer;
};


/** Live events, over graphql-ws at the gateway's /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber's rights before it is sent. */
export type SubscriptionAppointmentCancelledArgs = {
  doctorId: Scalars['ID']['input'];
};


/** Live events, over graphql-ws at the gateway's /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber's rights before it is sent. */
export type SubscriptionAppointmentRequestedArgs = {
  doctorId: Scalars['ID']['input'];
};


/** Live events, over graphql-ws at the gateway's /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber's rights before it is sent. */
export type SubscriptionAppointmentStatusChangedArgs = {
  patientId: Scalars['ID']['input'];
};


/** Live events, over graphql-ws at the gateway's /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber's rights before it is sent. */
export type SubscriptionRevenueReportChangedArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Live events, over graphql-ws at the gateway's /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber's rights before it is sent. */
export type SubscriptionSlotOfferedArgs = {
  patientId: Scalars['ID']['input'];
};

/** A period in which a doctor sees no patients: leave, a conference, an illness */
export type TimeOff = {
  __typename?: 'TimeOff';
  /** Active visits ahead (PENDING, APPROVED) that the period falls on, by start: the doctor themself, STAFF and ADMIN; FORBIDDEN for anyone else. They stay booked until the desk or the patient moves or cancels them */
  conflictingAppointments?: Maybe<Array<Appointment>>;
  /** Whose time off it is */
  doctor: Doctor;
  /** Exclusive: the doctor is back at this instant */
  end: Scalars['DateTime']['output'];
  /** What removeTimeOff takes */
  id: Scalars['ID']['output'];
  /** ADMIN and the doctor themself; FORBIDDEN for anyone else */
  reason?: Maybe<Scalars['String']['output']>;
  /** Inclusive: the doctor is away from this instant */
  start: Scalars['DateTime']['output'];
};

/** A period in which the doctor sees no patients */
export type TimeOffInput = {
  /** After start */
  end: Scalars['DateTime']['input'];
  /** Seen only by administrators and the doctor */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Inclusive: the doctor is away from this instant */
  start: Scalars['DateTime']['input'];
};

/** What changes about a doctor; absent fields stay as they are */
export type UpdateDoctorInput = {
  /** ADMIN only: moves the doctor to another department */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Full name, not blank, at most 200 characters */
  name?: InputMaybe<Scalars['String']['input']>;
  /** E.164, e.g. +380441234567 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Not blank, at most 120 characters, e.g. "Obstetrics" */
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. Null removes the gender; for any other field it is BAD_USER_INPUT */
export type UpdatePatientInput = {
  /** Postal address, not blank, at most 500 characters */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Not in the future in the clinic's time zone (today is fine, for a newborn), nor before 1900-01-01 */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** An e-mail address to reach her, at most 254 characters; not unique (a newborn's is her mother's) */
  email?: InputMaybe<Scalars['String']['input']>;
  /** null removes it */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Full name, not blank, at most 200 characters */
  name?: InputMaybe<Scalars['String']['input']>;
  /** E.164, e.g. +380441234567 */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Someone who signs in: a patient, a doctor, staff, a stakeholder or an administrator */
export type User = {
  __typename?: 'User';
  /** Whether the account may sign in */
  active: Scalars['Boolean']['output'];
  /** When the account was opened */
  createdAt: Scalars['DateTime']['output'];
  /** The doctor this account is; null when it is not a doctor's. Any signed-in user */
  doctor?: Maybe<Doctor>;
  /** What the user signs in with; lower-cased, one account per address */
  email: Scalars['String']['output'];
  /** A patient's is also her Patient id, a doctor's their Doctor id */
  id: Scalars['ID']['output'];
  /** When signIn last let the user in; null if it never has */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user's patient profile; null when they have none */
  patient?: Maybe<Patient>;
  /** Changed only by an ADMIN (changeUserRole) */
  role: Role;
};

/** A page of User nodes, in the list's order, at most 100 at a time */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** This page's User nodes, in the list's order; empty past the end */
  edges: Array<UserEdge>;
  /** Whether more follow, and from where to read them */
  pageInfo: PageInfo;
  /** How many User nodes the whole list holds, every page together; counted only when asked for */
  totalCount: Scalars['Int']['output'];
};

/** One User of a page, with its place in the list */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given */
  cursor: Scalars['String']['output'];
  /** The User itself */
  node: User;
};

/** Which accounts to list; every field narrows the list */
export type UserFilter = {
  /** true: only active accounts; false: only deactivated ones */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only accounts of this role */
  role?: InputMaybe<Role>;
  /** Part of the e-mail */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A patient waiting for a freed slot of a service */
export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  /** When the patient joined; freed slots are offered in this order */
  createdAt: Scalars['DateTime']['output'];
  /** Null: any doctor of the service's department */
  doctor?: Maybe<Doctor>;
  /** The first clinic day a slot may be on */
  from: Scalars['Date']['output'];
  /** The entry's id */
  id: Scalars['ID']['output'];
  /** The slots offered to this entry, oldest first */
  offers: Array<SlotOffer>;
  /** The patient who waits */
  patient: Patient;
  /** The service the patient waits for */
  service: MedicalService;
  /** Whether it still waits, has an offer open, or has ended and how */
  status: WaitlistStatus;
  /** The last clinic day a slot may be on */
  to: Scalars['Date']['output'];
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
};

/** WAITING for a slot; OFFERED one (back to WAITING when the offer lapses); BOOKED, LEFT or EXPIRED (its last date passed) end it */
export type WaitlistStatus =
  /** Ended: an offer was claimed and booked as a visit */
  | 'BOOKED'
  /** Ended: its last clinic day passed without a booking */
  | 'EXPIRED'
  /** Ended: the patient, STAFF or ADMIN took it off the waitlist */
  | 'LEFT'
  /** A slot is offered to it; WAITING again, in its place, when the offer lapses or the slot is taken (EXPIRED past its last day) */
  | 'OFFERED'
  /** Waiting for a freed slot, in the order the patient joined */
  | 'WAITING';

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, email: string, role: Role, active: boolean, createdAt: string, lastSignInAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ChangeUserRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role: Role;
}>;


export type ChangeUserRoleMutation = { __typename?: 'Mutation', changeUserRole: { __typename?: 'User', id: string, role: Role, active: boolean } };

export type DeactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, active: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, active: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string } } };

export type IssuePasswordResetMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type IssuePasswordResetMutation = { __typename?: 'Mutation', issuePasswordReset: { __typename?: 'IssuedPasswordReset', token: string, expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email: string, role: Role } } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: boolean };

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, at: string, action: string, outcome: AuditOutcome, subjectType: string, subjectId?: string | null, patientId?: string | null, requestId?: string | null, actor?: { __typename?: 'AuditActor', id: string, role?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MedicalRecordHistoryQueryVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type MedicalRecordHistoryQuery = { __typename?: 'Query', patient?: { __typename?: 'Patient', id: string, medicalRecords?: Array<{ __typename?: 'MedicalRecord', id: string, diagnosis: string, notes?: string | null, version: number, versions: Array<{ __typename?: 'MedicalRecordVersion', version: number, diagnosis: string, notes?: string | null, changedAt: string, changedById: string }> }> | null } | null };

export type ReviseMedicalRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MedicalRecordInput;
}>;


export type ReviseMedicalRecordMutation = { __typename?: 'Mutation', updateMedicalRecord: { __typename?: 'MedicalRecord', id: string, diagnosis: string, notes?: string | null, version: number } };

export type PatientDataExportQueryVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type PatientDataExportQuery = { __typename?: 'Query', patientDataExport: { __typename?: 'PatientDataExport', patientId: string, generatedAt: string, document: Record<string, unknown> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email: string, role: Role } } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email: string, role: Role } } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { __typename?: 'Mutation', createStaffAccount: { __typename?: 'User', id: string, email: string, role: Role } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, role: Role, patient?: { __typename?: 'Patient', id: string, name: string } | null, doctor?: { __typename?: 'Doctor', id: string, name: string, department: { __typename?: 'Department', name: string } } | null } };

export type ImportAnalyticsCsvMutationVariables = Exact<{
  sources: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ImportAnalyticsCsvMutation = { __typename?: 'Mutation', importAnalyticsCsv: Array<{ __typename?: 'CsvImport', source: string, kind: CsvKind, rows: number, added: number, alreadyPresent: number }> };

export type RevenueReportQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type RevenueReportQuery = { __typename?: 'Query', revenueReport: { __typename?: 'RevenueReport', startDate: string, endDate: string, totalRevenue: string, totalProfit: string, profitMargin: number, departmentBreakdown: Array<{ __typename?: 'DepartmentRevenue', revenue: string, profit: string, profitMargin: number, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type DoctorPerformanceQueryVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type DoctorPerformanceQuery = { __typename?: 'Query', doctorPerformance: { __typename?: 'DoctorPerformance', startDate: string, endDate: string, totalCSections: number, totalNaturalBirths: number, totalWorkingDays: number, averagePatientSatisfaction?: number | null, completedAppointments: number, noShows: number, doctor: { __typename?: 'Doctor', id: string, name: string, department: { __typename?: 'Department', name: string } } } };

export type RequestAppointmentMutationVariables = Exact<{
  input: RequestAppointmentInput;
}>;


export type RequestAppointmentMutation = { __typename?: 'Mutation', requestAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string, reason: string, patient: { __typename?: 'Patient', id: string, name: string }, doctor: { __typename?: 'Doctor', id: string, name: string }, service: { __typename?: 'MedicalService', id: string, name: string } } };

export type PendingAppointmentsQueryVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingAppointmentsQuery = { __typename?: 'Query', pendingAppointments: { __typename?: 'AppointmentConnection', totalCount: number, edges: Array<{ __typename?: 'AppointmentEdge', cursor: string, node: { __typename?: 'Appointment', id: string, start: string, reason: string, patient: { __typename?: 'Patient', id: string, name: string }, service: { __typename?: 'MedicalService', name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ApproveAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  confirmedTime?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ApproveAppointmentMutation = { __typename?: 'Mutation', approveAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string } };

export type RejectAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectAppointmentMutation = { __typename?: 'Mutation', rejectAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, rejectionReason?: string | null } };

export type CancelAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelAppointmentMutation = { __typename?: 'Mutation', cancelAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, cancellationFee?: string | null } };

export type RescheduleAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  newStart: Scalars['DateTime']['input'];
}>;


export type RescheduleAppointmentMutation = { __typename?: 'Mutation', rescheduleAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string, rescheduleCount: number } };

export type CompleteAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteAppointmentMutation = { __typename?: 'Mutation', completeAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus } };

export type MarkNoShowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNoShowMutation = { __typename?: 'Mutation', markNoShow: { __typename?: 'Appointment', id: string, status: AppointmentStatus } };

export type AppointmentsQueryVariables = Exact<{
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AppointmentsQuery = { __typename?: 'Query', appointments: { __typename?: 'AppointmentConnection', totalCount: number, edges: Array<{ __typename?: 'AppointmentEdge', cursor: string, node: { __typename?: 'Appointment', id: string, start: string, end: string, status: AppointmentStatus, patient: { __typename?: 'Patient', id: string, name: string }, doctor: { __typename?: 'Doctor', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AppointmentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AppointmentDetailQuery = { __typename?: 'Query', appointment?: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string, reason: string, rejectionReason?: string | null, rescheduleCount: number, cancellationFee?: string | null, createdAt: string, patient: { __typename?: 'Patient', id: string, name: string, phone: string }, doctor: { __typename?: 'Doctor', id: string, name: string, specialty: string, department: { __typename?: 'Department', name: string } }, service: { __typename?: 'MedicalService', id: string, name: string, price: string }, invoice?: { __typename?: 'Invoice', id: string, kind: InvoiceKind, status: InvoiceStatus, subtotal: string, tax: string, total: string, payments: Array<{ __typename?: 'Payment', id: string, amount: string, method: PaymentMethod, paidAt: string }> } | null, prescriptions?: Array<{ __typename?: 'Prescription', id: string, medication: string, dosage: string, days: number }> | null, feedback?: { __typename?: 'Feedback', id: string, rating: number, comment?: string | null } | null } | null };

export type NotificationsQueryVariables = Exact<{
  recipientId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, appointmentId?: string | null, sentAt?: string | null } }> } };

export type AppointmentRequestedSubscriptionVariables = Exact<{
  doctorId: Scalars['ID']['input'];
}>;


export type AppointmentRequestedSubscription = { __typename?: 'Subscription', appointmentRequested: { __typename?: 'Appointment', id: string, start: string, reason: string, status: AppointmentStatus, patient: { __typename?: 'Patient', id: string, name: string }, service: { __typename?: 'MedicalService', name: string } } };

export type AppointmentStatusChangedSubscriptionVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type AppointmentStatusChangedSubscription = { __typename?: 'Subscription', appointmentStatusChanged: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, rejectionReason?: string | null, doctor: { __typename?: 'Doctor', id: string, name: string } } };

export type AppointmentCancelledSubscriptionVariables = Exact<{
  doctorId: Scalars['ID']['input'];
}>;


export type AppointmentCancelledSubscription = { __typename?: 'Subscription', appointmentCancelled: { __typename?: 'Appointment', id: string, start: string, status: AppointmentStatus, patient: { __typename?: 'Patient', id: string, name: string } } };

export type InvoiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, kind: InvoiceKind, status: InvoiceStatus, subtotal: string, tax: string, total: string, createdAt: string, appointment: { __typename?: 'Appointment', id: string, start: string, doctor: { __typename?: 'Doctor', name: string } }, patient: { __typename?: 'Patient', id: string, name: string }, payments: Array<{ __typename?: 'Payment', id: string, amount: string, method: PaymentMethod, reference: string, paidAt: string }> } };

export type InvoicesQueryVariables = Exact<{
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', cursor: string, node: { __typename?: 'Invoice', id: string, kind: InvoiceKind, status: InvoiceStatus, total: string, patient: { __typename?: 'Patient', name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PayInvoiceMutationVariables = Exact<{
  input: PayInvoiceInput;
}>;


export type PayInvoiceMutation = { __typename?: 'Mutation', payInvoice: { __typename?: 'Payment', id: string, amount: string, method: PaymentMethod, reference: string, paidAt: string, invoice: { __typename?: 'Invoice', id: string, status: InvoiceStatus } } };

export type VoidInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VoidInvoiceMutation = { __typename?: 'Mutation', voidInvoice: { __typename?: 'Invoice', id: string, status: InvoiceStatus } };

export type IssuePrescriptionMutationVariables = Exact<{
  input: IssuePrescriptionInput;
}>;


export type IssuePrescriptionMutation = { __typename?: 'Mutation', issuePrescription: { __typename?: 'Prescription', id: string, medication: string, dosage: string, days: number, instructions?: string | null, issuedAt: string, doctor: { __typename?: 'Doctor', id: string, name: string }, patient: { __typename?: 'Patient', id: string, name: string }, appointment: { __typename?: 'Appointment', id: string } } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { __typename?: 'Mutation', submitFeedback: { __typename?: 'Feedback', id: string, rating: number, comment?: string | null, createdAt: string, appointment: { __typename?: 'Appointment', id: string, doctor: { __typename?: 'Doctor', id: string, name: string } } } };

export type CreateDepartmentMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'Department', id: string, name: string } };

export type CreateMedicalServiceMutationVariables = Exact<{
  input: MedicalServiceInput;
}>;


export type CreateMedicalServiceMutation = { __typename?: 'Mutation', createMedicalService: { __typename?: 'MedicalService', id: string, name: string, durationMinutes: number, price: string, department: { __typename?: 'Department', id: string, name: string } } };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string, services: Array<{ __typename?: 'MedicalService', id: string, name: string, durationMinutes: number, price: string }>, doctors: Array<{ __typename?: 'Doctor', id: string, name: string, specialty: string }> }> };

export type CreateDoctorMutationVariables = Exact<{
  input: CreateDoctorInput;
}>;


export type CreateDoctorMutation = { __typename?: 'Mutation', createDoctor: { __typename?: 'Doctor', id: string, name: string, email?: string | null, phone?: string | null, specialty: string, licenseNumber?: string | null, department: { __typename?: 'Department', id: string, name: string } } };

export type UpdateDoctorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDoctorInput;
}>;


export type UpdateDoctorMutation = { __typename?: 'Mutation', updateDoctor: { __typename?: 'Doctor', id: string, name: string, phone?: string | null, specialty: string } };

export type DoctorsQueryVariables = Exact<{
  filter?: InputMaybe<DoctorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DoctorsQuery = { __typename?: 'Query', doctors: { __typename?: 'DoctorConnection', totalCount: number, edges: Array<{ __typename?: 'DoctorEdge', cursor: string, node: { __typename?: 'Doctor', id: string, name: string, specialty: string, department: { __typename?: 'Department', name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DoctorProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type DoctorProfileQuery = { __typename?: 'Query', doctor?: { __typename?: 'Doctor', id: string, name: string, specialty: string, department: { __typename?: 'Department', id: string, name: string }, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, timeOff: Array<{ __typename?: 'TimeOff', id: string, start: string, end: string, reason?: string | null }>, feedbackSummary: { __typename?: 'FeedbackSummary', averageRating?: number | null, count: number }, performance?: { __typename?: 'DoctorPerformance', totalCSections: number, totalNaturalBirths: number, averagePatientSatisfaction?: number | null } | null } | null };

export type SetWeeklyAvailabilityMutationVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  rules: Array<AvailabilityRuleInput> | AvailabilityRuleInput;
}>;


export type SetWeeklyAvailabilityMutation = { __typename?: 'Mutation', setWeeklyAvailability: { __typename?: 'Doctor', id: string, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }> } };

export type AddTimeOffMutationVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  input: TimeOffInput;
}>;


export type AddTimeOffMutation = { __typename?: 'Mutation', addTimeOff: { __typename?: 'TimeOff', id: string, start: string, end: string, reason?: string | null } };

export type AvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type AvailableSlotsQuery = { __typename?: 'Query', availableSlots: Array<{ __typename?: 'AvailableSlot', start: string, end: string, doctor: { __typename?: 'Doctor', id: string, name: string, department: { __typename?: 'Department', name: string } } }> };

export type AvailabilityCalendarQueryVariables = Exact<{
  input: AvailabilityCalendarInput;
}>;


export type AvailabilityCalendarQuery = { __typename?: 'Query', availabilityCalendar: Array<{ __typename?: 'CalendarDay', date: string, freeSlotCount: number, doctors: Array<{ __typename?: 'Doctor', id: string, name: string }> }> };

export type RegisterPatientMutationVariables = Exact<{
  input: RegisterPatientInput;
}>;


export type RegisterPatientMutation = { __typename?: 'Mutation', registerPatient: { __typename?: 'Patient', id: string, name: string, email: string, phone: string, dateOfBirth: string, address: string } };

export type UpdatePatientMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePatientInput;
}>;


export type UpdatePatientMutation = { __typename?: 'Mutation', updatePatient: { __typename?: 'Patient', id: string, name: string, email: string, phone: string, address: string } };

export type PatientsQueryVariables = Exact<{
  filter?: InputMaybe<PatientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PatientsQuery = { __typename?: 'Query', patients: { __typename?: 'PatientConnection', totalCount: number, edges: Array<{ __typename?: 'PatientEdge', cursor: string, node: { __typename?: 'Patient', id: string, name: string, email: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PatientChartQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PatientChartQuery = { __typename?: 'Query', patient?: { __typename?: 'Patient', id: string, name: string, dateOfBirth: string, medicalRecords?: Array<{ __typename?: 'MedicalRecord', id: string, diagnosis: string, notes?: string | null, createdAt: string, author?: { __typename?: 'Doctor', id: string, name: string } | null }> | null, appointments: { __typename?: 'AppointmentConnection', edges: Array<{ __typename?: 'AppointmentEdge', node: { __typename?: 'Appointment', id: string, start: string, status: AppointmentStatus, doctor: { __typename?: 'Doctor', id: string, name: string }, service: { __typename?: 'MedicalService', name: string } } }> }, prescriptions?: Array<{ __typename?: 'Prescription', id: string, medication: string, dosage: string, days: number, issuedAt: string }> | null, invoices?: Array<{ __typename?: 'Invoice', id: string, kind: InvoiceKind, status: InvoiceStatus, total: string }> | null } | null };

export type AddMedicalRecordMutationVariables = Exact<{
  patientId: Scalars['ID']['input'];
  input: MedicalRecordInput;
}>;


export type AddMedicalRecordMutation = { __typename?: 'Mutation', addMedicalRecord: { __typename?: 'MedicalRecord', id: string, diagnosis: string, notes?: string | null, createdAt: string, author?: { __typename?: 'Doctor', id: string, name: string } | null } };

export type UpdateMedicalRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MedicalRecordInput;
}>;


export type UpdateMedicalRecordMutation = { __typename?: 'Mutation', updateMedicalRecord: { __typename?: 'MedicalRecord', id: string, diagnosis: string, notes?: string | null, updatedAt: string } };

export type RescheduleElsewhereMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  newStart: Scalars['DateTime']['input'];
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RescheduleElsewhereMutation = { __typename?: 'Mutation', rescheduleAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string, rescheduleCount: number, doctor: { __typename?: 'Doctor', id: string, name: string }, service: { __typename?: 'MedicalService', id: string, name: string, price: string } } };

export type ScheduleBoardQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  groupBy: ScheduleGrouping;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ScheduleBoardQuery = { __typename?: 'Query', scheduleBoard: { __typename?: 'ScheduleBoard', periods: Array<{ __typename?: 'ScheduleBoardPeriod', start: string, end: string, rows: Array<{ __typename?: 'ScheduleBoardRow', capacitySlots: number, bookedSlots: number, pendingSlots: number, freeSlots: number, utilisation: number, doctor: { __typename?: 'Doctor', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } }> }> } };

export type AddExtraHoursMutationVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  input: ExtraHoursInput;
}>;


export type AddExtraHoursMutation = { __typename?: 'Mutation', addExtraHours: { __typename?: 'ExtraHours', id: string, date: string, startTime: string, endTime: string } };

export type AddTimeOffWithConflictsMutationVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  input: TimeOffInput;
}>;


export type AddTimeOffWithConflictsMutation = { __typename?: 'Mutation', addTimeOff: { __typename?: 'TimeOff', id: string, start: string, end: string, conflictingAppointments?: Array<{ __typename?: 'Appointment', id: string, start: string, status: AppointmentStatus, patient: { __typename?: 'Patient', id: string } }> | null } };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { __typename?: 'Mutation', joinWaitlist: { __typename?: 'WaitlistEntry', id: string, status: WaitlistStatus, from: string, to: string, service: { __typename?: 'MedicalService', id: string, name: string }, doctor?: { __typename?: 'Doctor', id: string, name: string } | null } };

export type LeaveWaitlistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeaveWaitlistMutation = { __typename?: 'Mutation', leaveWaitlist: { __typename?: 'WaitlistEntry', id: string, status: WaitlistStatus } };

export type WaitlistQueryVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type WaitlistQuery = { __typename?: 'Query', waitlist: Array<{ __typename?: 'WaitlistEntry', id: string, status: WaitlistStatus, from: string, to: string, offers: Array<{ __typename?: 'SlotOffer', id: string, start: string, end: string, expiresAt: string, status: SlotOfferStatus }> }> };

export type SlotOfferedSubscriptionVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type SlotOfferedSubscription = { __typename?: 'Subscription', slotOffered: { __typename?: 'SlotOffer', id: string, start: string, end: string, expiresAt: string, status: SlotOfferStatus, doctor: { __typename?: 'Doctor', id: string, name: string }, service: { __typename?: 'MedicalService', id: string, name: string } } };

export type ClaimSlotOfferMutationVariables = Exact<{
  offerId: Scalars['ID']['input'];
}>;


export type ClaimSlotOfferMutation = { __typename?: 'Mutation', claimSlotOffer: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, doctor: { __typename?: 'Doctor', id: string }, service: { __typename?: 'MedicalService', id: string } } };

export type FeedbackEntriesQueryVariables = Exact<{
  filter?: InputMaybe<FeedbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeedbackEntriesQuery = { __typename?: 'Query', feedbackEntries: { __typename?: 'FeedbackConnection', totalCount: number, edges: Array<{ __typename?: 'FeedbackEdge', cursor: string, node: { __typename?: 'Feedback', id: string, rating: number, comment?: string | null, createdAt: string, doctor: { __typename?: 'Doctor', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NotificationsInDetailQueryVariables = Exact<{
  recipientId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsInDetailQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, appointmentId?: string | null, recipientId: string, subject?: string | null, body?: string | null, sentAt?: string | null } }> } };

export type LiveRevenueSubscriptionVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type LiveRevenueSubscription = { __typename?: 'Subscription', revenueReportChanged: { __typename?: 'RevenueReport', totalRevenue: string, totalProfit: string, departmentBreakdown: Array<{ __typename?: 'DepartmentRevenue', revenue: string, profit: string, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type DeskVisitToMoveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskVisitToMoveQuery = { __typename?: 'Query', appointment?: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string, rescheduleCount: number, doctor: { __typename?: 'Doctor', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }, service: { __typename?: 'MedicalService', id: string, name: string, durationMinutes: number } } | null };

export type DeskInvoicesQueryVariables = Exact<{
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeskInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', cursor: string, node: { __typename?: 'Invoice', id: string, kind: InvoiceKind, status: InvoiceStatus, total: string, createdAt: string, patient: { __typename?: 'Patient', id: string, name: string }, appointment: { __typename?: 'Appointment', id: string, start: string, service: { __typename?: 'MedicalService', name: string }, doctor: { __typename?: 'Doctor', name: string } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DoctorPatientChartQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DoctorPatientChartQuery = { __typename?: 'Query', patient?: { __typename?: 'Patient', id: string, name: string, dateOfBirth: string, prescriptions?: Array<{ __typename?: 'Prescription', id: string, medication: string, dosage: string, days: number, instructions?: string | null, issuedAt: string, doctor: { __typename?: 'Doctor', id: string, name: string } }> | null } | null };

export type PrescriptionLineFragment = { __typename?: 'Prescription', id: string, medication: string, dosage: string, days: number, instructions?: string | null, issuedAt: string, doctor: { __typename?: 'Doctor', id: string, name: string } };

export type PatientPrescriptionsQueryVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type PatientPrescriptionsQuery = { __typename?: 'Query', patient?: { __typename?: 'Patient', id: string, prescriptions?: Array<{ __typename?: 'Prescription', id: string, medication: string, dosage: string, days: number, instructions?: string | null, issuedAt: string, appointment: { __typename?: 'Appointment', id: string, start: string, service: { __typename?: 'MedicalService', id: string, name: string } }, doctor: { __typename?: 'Doctor', id: string, name: string } }> | null } | null };

export type PatientWaitlistQueryVariables = Exact<{
  patientId: Scalars['ID']['input'];
}>;


export type PatientWaitlistQuery = { __typename?: 'Query', waitlist: Array<{ __typename?: 'WaitlistEntry', id: string, status: WaitlistStatus, from: string, to: string, createdAt: string, service: { __typename?: 'MedicalService', id: string, name: string }, doctor?: { __typename?: 'Doctor', id: string, name: string } | null, offers: Array<{ __typename?: 'SlotOffer', id: string, start: string, end: string, expiresAt: string, status: SlotOfferStatus, doctor: { __typename?: 'Doctor', id: string, name: string } }> }> };

export type PatientVisitsQueryVariables = Exact<{
  patientId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PatientVisitsQuery = { __typename?: 'Query', appointments: { __typename?: 'AppointmentConnection', totalCount: number, edges: Array<{ __typename?: 'AppointmentEdge', node: { __typename?: 'Appointment', id: string, status: AppointmentStatus, start: string, end: string, reason: string, rejectionReason?: string | null, rescheduleCount: number, cancellationFee?: string | null, feeIfCancelledNow?: string | null, doctor: { __typename?: 'Doctor', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }, service: { __typename?: 'MedicalService', id: string, name: string, price: string, durationMinutes: number }, feedback?: { __typename?: 'Feedback', id: string, rating: number, comment?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export const PrescriptionLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PrescriptionLineFragment, unknown>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const ChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const IssuePasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<IssuePasswordResetMutation, IssuePasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MedicalRecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MedicalRecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicalRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedById"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MedicalRecordHistoryQuery, MedicalRecordHistoryQueryVariables>;
export const ReviseMedicalRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseMedicalRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMedicalRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReviseMedicalRecordMutation, ReviseMedicalRecordMutationVariables>;
export const PatientDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]} as unknown as DocumentNode<PatientDataExportQuery, PatientDataExportQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ImportAnalyticsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAnalyticsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAnalyticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyPresent"}}]}}]}}]} as unknown as DocumentNode<ImportAnalyticsCsvMutation, ImportAnalyticsCsvMutationVariables>;
export const RevenueReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalProfit"}},{"kind":"Field","name":{"kind":"Name","value":"profitMargin"}},{"kind":"Field","name":{"kind":"Name","value":"departmentBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}},{"kind":"Field","name":{"kind":"Name","value":"profitMargin"}}]}}]}}]}}]} as unknown as DocumentNode<RevenueReportQuery, RevenueReportQueryVariables>;
export const DoctorPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoctorPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCSections"}},{"kind":"Field","name":{"kind":"Name","value":"totalNaturalBirths"}},{"kind":"Field","name":{"kind":"Name","value":"totalWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"averagePatientSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAppointments"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<DoctorPerformanceQuery, DoctorPerformanceQueryVariables>;
export const RequestAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAppointmentMutation, RequestAppointmentMutationVariables>;
export const PendingAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PendingAppointmentsQuery, PendingAppointmentsQueryVariables>;
export const ApproveAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmedTime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmedTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmedTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<ApproveAppointmentMutation, ApproveAppointmentMutationVariables>;
export const RejectAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<RejectAppointmentMutation, RejectAppointmentMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationFee"}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const RescheduleAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newStart"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}}]}}]}}]} as unknown as DocumentNode<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const CompleteAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteAppointmentMutation, CompleteAppointmentMutationVariables>;
export const MarkNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentsQuery, AppointmentsQueryVariables>;
export const AppointmentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationFee"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentDetailQuery, AppointmentDetailQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recipientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const AppointmentRequestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppointmentRequested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentRequested"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentRequestedSubscription, AppointmentRequestedSubscriptionVariables>;
export const AppointmentStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppointmentStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentStatusChangedSubscription, AppointmentStatusChangedSubscriptionVariables>;
export const AppointmentCancelledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppointmentCancelled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentCancelled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentCancelledSubscription, AppointmentCancelledSubscriptionVariables>;
export const InvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceQuery, InvoiceQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const PayInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PayInvoiceMutation, PayInvoiceMutationVariables>;
export const VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
export const IssuePrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssuePrescriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IssuePrescriptionMutation, IssuePrescriptionMutationVariables>;
export const SubmitFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const CreateMedicalServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMedicalService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMedicalService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMedicalServiceMutation, CreateMedicalServiceMutationVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const CreateDoctorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDoctor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDoctorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDoctor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"licenseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDoctorMutation, CreateDoctorMutationVariables>;
export const UpdateDoctorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDoctor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDoctorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDoctor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<UpdateDoctorMutation, UpdateDoctorMutationVariables>;
export const DoctorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Doctors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DoctorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DoctorsQuery, DoctorsQueryVariables>;
export const DoctorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoctorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCSections"}},{"kind":"Field","name":{"kind":"Name","value":"totalNaturalBirths"}},{"kind":"Field","name":{"kind":"Name","value":"averagePatientSatisfaction"}}]}}]}}]}}]} as unknown as DocumentNode<DoctorProfileQuery, DoctorProfileQueryVariables>;
export const SetWeeklyAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWeeklyAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailabilityRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWeeklyAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<SetWeeklyAvailabilityMutation, SetWeeklyAvailabilityMutationVariables>;
export const AddTimeOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTimeOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AddTimeOffMutation, AddTimeOffMutationVariables>;
export const AvailableSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const AvailabilityCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailabilityCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailabilityCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availabilityCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"freeSlotCount"}},{"kind":"Field","name":{"kind":"Name","value":"doctors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityCalendarQuery, AvailabilityCalendarQueryVariables>;
export const RegisterPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<RegisterPatientMutation, RegisterPatientMutationVariables>;
export const UpdatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const PatientChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"medicalRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<PatientChartQuery, PatientChartQueryVariables>;
export const AddMedicalRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMedicalRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMedicalRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddMedicalRecordMutation, AddMedicalRecordMutationVariables>;
export const UpdateMedicalRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMedicalRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMedicalRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateMedicalRecordMutation, UpdateMedicalRecordMutationVariables>;
export const RescheduleElsewhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleElsewhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleElsewhereMutation, RescheduleElsewhereMutationVariables>;
export const ScheduleBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacitySlots"}},{"kind":"Field","name":{"kind":"Name","value":"bookedSlots"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSlots"}},{"kind":"Field","name":{"kind":"Name","value":"freeSlots"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleBoardQuery, ScheduleBoardQueryVariables>;
export const AddExtraHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExtraHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtraHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExtraHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<AddExtraHoursMutation, AddExtraHoursMutationVariables>;
export const AddTimeOffWithConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTimeOffWithConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTimeOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"conflictingAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddTimeOffWithConflictsMutation, AddTimeOffWithConflictsMutationVariables>;
export const JoinWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const LeaveWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const WaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Waitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WaitlistQuery, WaitlistQueryVariables>;
export const SlotOfferedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SlotOffered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotOffered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SlotOfferedSubscription, SlotOfferedSubscriptionVariables>;
export const ClaimSlotOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimSlotOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimSlotOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimSlotOfferMutation, ClaimSlotOfferMutationVariables>;
export const FeedbackEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackEntriesQuery, FeedbackEntriesQueryVariables>;
export const NotificationsInDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsInDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recipientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsInDetailQuery, NotificationsInDetailQueryVariables>;
export const LiveRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueReportChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalProfit"}},{"kind":"Field","name":{"kind":"Name","value":"departmentBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}}]}}]}}]}}]} as unknown as DocumentNode<LiveRevenueSubscription, LiveRevenueSubscriptionVariables>;
export const DeskVisitToMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskVisitToMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<DeskVisitToMoveQuery, DeskVisitToMoveQueryVariables>;
export const DeskInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeskInvoicesQuery, DeskInvoicesQueryVariables>;
export const DoctorPatientChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoctorPatientChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrescriptionLine"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DoctorPatientChartQuery, DoctorPatientChartQueryVariables>;
export const PatientPrescriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientPrescriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrescriptionLine"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrescriptionLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PatientPrescriptionsQuery, PatientPrescriptionsQueryVariables>;
export const PatientWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientWaitlistQuery, PatientWaitlistQueryVariables>;
export const PatientVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationFee"}},{"kind":"Field","name":{"kind":"Name","value":"feeIfCancelledNow"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PatientVisitsQuery, PatientVisitsQueryVariables>;