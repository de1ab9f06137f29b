import { E164_PHONE, isLocalDate, normalizeEmail, Role, type InvalidField, type Viewer } from '@hospital/kit';
import { type Access } from '@hospital/kit/care';
import { isEmail } from 'class-validator';
import type { Patient } from './patient.entity.js';

/** Column sizes, which the inputs enforce before the database would truncate or refuse. */
export const PATIENT_LIMITS = { name: 200, email: 254, phone: 16, address: 500, gender: 50, search: 100 } as const;

/** Earlier dates of birth are typing slips (1090 for 1990), not patients. */
export const EARLIEST_DATE_OF_BIRTH = '1900-01-01';

export type PatientDetailsInput = {
  [K in 'name' | 'email' | 'phone' | 'dateOfBirth' | 'address' | 'gender']?: string | null;
};

export type PatientDetails = Partial<Pick<Patient, 'name' | 'email' | 'phone' | 'dateOfBirth' | 'address' | 'gender'>>;

const REQUIRED = ['name', 'email', 'phone', 'dateOfBirth', 'address'] as const;

/**
 * `today` is the calendar date in the clinic's time zone. A birth dated today is
 * accepted: a maternity hospital registers newborns on the day they are born.
 */
export function dateOfBirthProblem(dateOfBirth: string, today: string): string | undefined {
  if (!isLocalDate(dateOfBirth)) return 'must be a real calendar date written YYYY-MM-DD';
  if (dateOfBirth > today) return 'must not be in the future';
  if (dateOfBirth < EARLIEST_DATE_OF_BIRTH) return `must not be before ${EARLIEST_DATE_OF_BIRTH}`;
  return undefined;
}

/** What is wrong with the details given; a field left out is not checked, so registration and update share it. */
export function patientDetailProblems(details: PatientDetailsInput, today: string): InvalidField[] {
  const problems: InvalidField[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  for (const field of REQUIRED) {
    if (details[field] === null) problem(field, 'cannot be removed');
  }
  const { name, email, phone, dateOfBirth, address } = details;
  if (typeof name === 'string' && !name.trim()) problem('name', 'must not be blank');
  if (typeof email === 'string' && !isEmail(normalizeEmail(email))) problem('email', 'must be an e-mail address');
  if (typeof phone === 'string' && !E164_PHONE.test(phone)) {
    problem('phone', 'must be a phone number in E.164 form, e.g. +380441234567');
  }
  if (typeof dateOfBirth === 'string') {
    const wrong = dateOfBirthProblem(dateOfBirth, today);
    if (wrong) problem('dateOfBirth', wrong);
  }
  if (typeof address === 'string' && !address.trim()) problem('address', 'must not be blank');
  return problems;
}

/** The details as stored: trimmed, the e-mail normalized, a blank gender removed; fields left out stay out. */
export function cleanPatientDetails(details: PatientDetailsInput): PatientDetails {
  const clean: PatientDetails = {};
  if (typeof details.name === 'string') clean.name = details.name.trim();
  if (typeof details.email === 'string') clean.email = normalizeEmail(details.email);
  if (typeof details.phone === 'string') clean.phone = details.phone.trim();
  if (typeof details.dateOfBirth === 'string') clean.dateOfBirth = details.dateOfBirth;
  if (typeof details.address === 'string') clean.address = details.address.trim();
  if (details.gender !== undefined) clean.gender = details.gender?.trim() || null;
  return clean;
}

/**
 * A patient's profile: the patient themself, reception (STAFF) and administrators;
 * a doctor may read the profile of a patient in their care but not change it.
 */
export function profileAccess(viewer: Viewer, patientId: string, action: 'read' | 'update'): Access {
  if (viewer.id === patientId) return 'granted';
  switch (viewer.role) {
    case Role.STAFF:
    case Role.ADMIN:
      return 'granted';
    case Role.DOCTOR:
      return action === 'read' ? 'if-in-their-care' : 'refused';
    default:
      return 'refused';
  }
}

/** A patient registers themself (their profile takes their user id); reception and administrators register walk-ins. */
export function registrationBy(viewer: Viewer): 'self' | 'walk-in' | 'refused' {
  switch (viewer.role) {
    case Role.PATIENT:
      return 'self';
    case Role.STAFF:
    case Role.ADMIN:
      return 'walk-in';
    default:
      return 'refused';
  }
}

/** Who may list patients, and which. */
export function patientListScope(viewer: Viewer): 'all' | 'in-their-care' | 'refused' {
  switch (viewer.role) {
    case Role.STAFF:
    case Role.ADMIN:
      return 'all';
    case Role.DOCTOR:
      return 'in-their-care';
    default:
      return 'refused';
  }
}
