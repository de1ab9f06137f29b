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
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Starting at or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  patientId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<AppointmentStatus>>;
  /** Starting before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where a visit is in its lifecycle */
export type AppointmentStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NO_SHOW'
  | 'PENDING'
  | 'REJECTED';

/** Free starts of a service per clinic day */
export type AvailabilityCalendarInput = {
  from: Scalars['Date']['input'];
  serviceId: Scalars['ID']['input'];
  /** Inclusive; at most 31 days in all */
  to: Scalars['Date']['input'];
};

/** Free starts of a service, with one doctor or any of its department */
export type AvailableSlotsInput = {
  /** Any doctor of the service's department when absent */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTime']['input'];
  serviceId: Scalars['ID']['input'];
  /** At most 31 days after from */
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
  serviceId: Scalars['ID']['input'];
  /** The last clinic day; at most 31 days after from */
  to: Scalars['Date']['input'];
};

/** How a notification travels */
export type NotificationChannel =
  | 'EMAIL'
  | 'SMS';

/** What a notification tells */
export type NotificationKind =
  | 'CANCELLATION'
  | 'CONFIRMATION'
  | 'DOCTOR_UNAVAILABLE'
  | 'FEEDBACK_REQUEST'
  | 'INVOICE'
  | 'REJECTION'
  | 'REMINDER_1H'
  | 'REMINDER_24H'
  | 'RESCHEDULE'
  | 'SLOT_OFFER';

/** PENDING until sent (retried on failure), SENT, FAILED after the last try, CANCELLED when dropped */
export type NotificationStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** A patient asks for a visit */
export type RequestAppointmentInput = {
  doctorId: Scalars['ID']['input'];
  /** A patient may only name themself */
  patientId: Scalars['ID']['input'];
  /** On the hour or the half hour, clinic time, at least 2 hours ahead */
  preferredTime: Scalars['DateTime']['input'];
  reason: Scalars['String']['input'];
  /** A service of the doctor's department */
  serviceId: Scalars['ID']['input'];
};

/** How the board's periods are cut: clinic days, ISO weeks (Monday to Sunday), calendar months */
export type ScheduleGrouping =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** OFFERED for 15 minutes; CLAIMED (booked as a visit), EXPIRED (not claimed in time) or TAKEN (booked by someone else first) */
export type SlotOfferStatus =
  | 'CLAIMED'
  | 'EXPIRED'
  | 'OFFERED'
  | 'TAKEN';

/** WAITING for a slot; OFFERED one (back to WAITING when the offer lapses); BOOKED, LEFT or EXPIRED (its last date passed) end it */
export type WaitlistStatus =
  | 'BOOKED'
  | 'EXPIRED'
  | 'LEFT'
  | 'OFFERED'
  | 'WAITING';

export type VisitOfAppointmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VisitOfAppointmentQuery = { __typename?: 'Query', appointment?: { __typename?: 'Appointment', id: string, status: AppointmentStatus, doctor: { __typename?: 'Doctor', id: string }, patient: { __typename?: 'Patient', id: string } } | null };


export const VisitOfAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitOfAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<VisitOfAppointmentQuery, VisitOfAppointmentQueryVariables>;