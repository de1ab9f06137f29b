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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** What a doctor writes in a medical record */
export type MedicalRecordInput = {
  /** Not blank, at most 2000 characters */
  diagnosis: Scalars['String']['input'];
  /** On an update: left out keeps the notes, null removes them */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Which patients to list */
export type PatientFilter = {
  /** Part of a name, an e-mail or a phone number */
  search?: InputMaybe<Scalars['String']['input']>;
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

export type BookingPatientQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BookingPatientQuery = { __typename?: 'Query', patient?: { __typename?: 'Patient', id: string } | null };

export type NotificationPatientQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotificationPatientQuery = { __typename?: 'Query', patientContact: { __typename?: 'ContactCard', name: string, email: string, phone: string } };


export const BookingPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BookingPatientQuery, BookingPatientQueryVariables>;
export const NotificationPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<NotificationPatientQuery, NotificationPatientQueryVariables>;