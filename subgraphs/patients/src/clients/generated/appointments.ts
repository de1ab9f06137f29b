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

/** Free starts of a service per clinic day */
export type AvailabilityCalendarInput = {
  /** The first clinic day */
  from: Scalars['Date']['input'];
  /** The service to book, with any doctor of its department; its duration is each slot's length */
  serviceId: Scalars['ID']['input'];
  /** Inclusive; at most 31 days in all */
  to: Scalars['Date']['input'];
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

/** How a notification travels */
export type NotificationChannel =
  /** An e-mail, with a subject */
  | 'EMAIL'
  /** A text message, without a subject */
  | 'SMS';

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

/** How the board's periods are cut: clinic days, ISO weeks (Monday to Sunday), calendar months */
export type ScheduleGrouping =
  /** One period per clinic day */
  | 'DAY'
  /** One period per calendar month; the first and the last clipped to the range */
  | 'MONTH'
  /** One period per ISO week, Monday to Sunday; the first and the last clipped to the range */
  | 'WEEK';

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

export type CareVisitCountFragment = { __typename?: 'AppointmentConnection', totalCount: number };

export const CareVisitCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareVisitCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<CareVisitCountFragment, unknown>;