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

/** A window of one day in which the doctor sees patients beyond their usual week, in the clinic's time zone */
export type ExtraHoursInput = {
  /** Today or later */
  date: Scalars['Date']['input'];
  /** HH:MM on a 30-minute boundary, until 18:00; after startTime */
  endTime: Scalars['String']['input'];
  /** HH:MM on a 30-minute boundary, from 09:00 */
  startTime: Scalars['String']['input'];
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

export type NotificationDoctorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotificationDoctorQuery = { __typename?: 'Query', doctorContact: { __typename?: 'ContactCard', name: string, email: string, phone: string } };

export type AppointmentsBoardDoctorQueryVariables = Exact<{
  doctorId: Scalars['ID']['input'];
  extraFrom: Scalars['Date']['input'];
  extraTo: Scalars['Date']['input'];
}>;


export type AppointmentsBoardDoctorQuery = { __typename?: 'Query', doctor?: { __typename?: 'Doctor', id: string, department: { __typename?: 'Department', id: string }, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, timeOff: Array<{ __typename?: 'TimeOff', start: string, end: string }>, extraHours: Array<{ __typename?: 'ExtraHours', date: string, startTime: string, endTime: string }> } | null };

export type AppointmentsBoardRosterQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  extraFrom: Scalars['Date']['input'];
  extraTo: Scalars['Date']['input'];
}>;


export type AppointmentsBoardRosterQuery = { __typename?: 'Query', doctors: { __typename?: 'DoctorConnection', edges: Array<{ __typename?: 'DoctorEdge', node: { __typename?: 'Doctor', id: string, department: { __typename?: 'Department', id: string }, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, timeOff: Array<{ __typename?: 'TimeOff', start: string, end: string }>, extraHours: Array<{ __typename?: 'ExtraHours', date: string, startTime: string, endTime: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AppointmentsBoardDepartmentRosterQueryVariables = Exact<{
  departmentId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  extraFrom: Scalars['Date']['input'];
  extraTo: Scalars['Date']['input'];
}>;


export type AppointmentsBoardDepartmentRosterQuery = { __typename?: 'Query', department?: { __typename?: 'Department', id: string } | null, doctors: { __typename?: 'DoctorConnection', edges: Array<{ __typename?: 'DoctorEdge', node: { __typename?: 'Doctor', id: string, department: { __typename?: 'Department', id: string }, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, timeOff: Array<{ __typename?: 'TimeOff', start: string, end: string }>, extraHours: Array<{ __typename?: 'ExtraHours', date: string, startTime: string, endTime: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RosterPageFragment = { __typename?: 'DoctorConnection', edges: Array<{ __typename?: 'DoctorEdge', node: { __typename?: 'Doctor', id: string, department: { __typename?: 'Department', id: string }, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, timeOff: Array<{ __typename?: 'TimeOff', start: string, end: string }>, extraHours: Array<{ __typename?: 'ExtraHours', date: string, startTime: string, endTime: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } };

export type DirectoryServiceFragment = { __typename?: 'MedicalService', id: string, durationMinutes: number, price: string, department: { __typename?: 'Department', id: string, name: string } };

export type ScheduleFragment = { __typename?: 'Doctor', id: string, department: { __typename?: 'Department', id: string }, weeklyAvailability: Array<{ __typename?: 'AvailabilityRule', dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, timeOff: Array<{ __typename?: 'TimeOff', start: string, end: string }>, extraHours: Array<{ __typename?: 'ExtraHours', date: string, startTime: string, endTime: string }> };

export type NoticeDoctorNameFragment = { __typename?: 'Doctor', name: string };

export type NoticeServiceNameFragment = { __typename?: 'MedicalService', name: string, department: { __typename?: 'Department', name: string } };

export const ScheduleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doctor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<ScheduleFragment, unknown>;
export const RosterPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DoctorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Schedule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doctor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<RosterPageFragment, unknown>;
export const DirectoryServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectoryServiceFragment, unknown>;
export const NoticeDoctorNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeDoctorName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doctor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<NoticeDoctorNameFragment, unknown>;
export const NoticeServiceNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeServiceName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NoticeServiceNameFragment, unknown>;
export const NotificationDoctorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDoctor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<NotificationDoctorQuery, NotificationDoctorQueryVariables>;
export const AppointmentsBoardDoctorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentsBoardDoctor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Schedule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doctor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<AppointmentsBoardDoctorQuery, AppointmentsBoardDoctorQueryVariables>;
export const AppointmentsBoardRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentsBoardRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doctor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DoctorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Schedule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AppointmentsBoardRosterQuery, AppointmentsBoardRosterQueryVariables>;
export const AppointmentsBoardDepartmentRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentsBoardDepartmentRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doctors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doctor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DoctorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Schedule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AppointmentsBoardDepartmentRosterQuery, AppointmentsBoardDepartmentRosterQueryVariables>;