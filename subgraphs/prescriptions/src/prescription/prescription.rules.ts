import { BusinessRuleViolation, hasRole, Role, type InvalidField, type Viewer } from '@hospital/kit';
import { type Access } from '@hospital/kit/care';

/** Column sizes and the course of a treatment; the database holds the days to the same range with a CHECK. */
export const PRESCRIPTION_LIMITS = {
  medication: 200,
  dosage: 200,
  instructions: 2_000,
  minDays: 1,
  maxDays: 365,
} as const;

/** docs/rules.md#roles: a doctor issues prescriptions for their own appointments; nobody else issues any. */
export const PRESCRIBERS = [Role.DOCTOR];

/**
 * A prescription belongs to a visit that takes place or took place: approved
 * (the doctor prescribes ahead, or during it) or completed (after it). A request
 * not yet decided, a rejected or cancelled one, or one the patient missed has no
 * consultation to prescribe from: BUSINESS_RULE_VIOLATION, rule `VISIT_NOT_PRESCRIBABLE`.
 */
export const PRESCRIBABLE_STATUSES: readonly string[] = ['APPROVED', 'COMPLETED'];

export interface VisitParties {
  doctorId: string;
  patientId: string;
}

/** Only the visit's own doctor prescribes at it. */
export const mayPrescribeAt = (viewer: Viewer, visit: VisitParties): boolean =>
  hasRole(viewer, ...PRESCRIBERS) && viewer.id === visit.doctorId;

export function checkPrescribable(status: string): void {
  if (!PRESCRIBABLE_STATUSES.includes(status)) {
    throw new BusinessRuleViolation(
      'VISIT_NOT_PRESCRIBABLE',
      `A prescription is issued for an approved or completed visit, not a ${status} one`,
      { status },
    );
  }
}

export interface PrescriptionDetails {
  medication: string;
  dosage: string;
  days: number;
  instructions?: string | null | undefined;
}

/** Characters as the database counts them (code points), not UTF-16 units. */
const lengthOf = (text: string): number => [...text].length;

/** What is wrong with the details, every field at once; text is judged as it will be stored, trimmed. */
export function prescriptionProblems(details: PrescriptionDetails): InvalidField[] {
  const problems: InvalidField[] = [];
  const text = (field: 'medication' | 'dosage', value: string) => {
    const trimmed = value.trim();
    if (!trimmed) problems.push({ field, message: 'must not be blank' });
    else if (lengthOf(trimmed) > PRESCRIPTION_LIMITS[field]) {
      problems.push({ field, message: `must be at most ${PRESCRIPTION_LIMITS[field]} characters` });
    }
  };
  text('medication', details.medication);
  text('dosage', details.dosage);
  const { minDays, maxDays } = PRESCRIPTION_LIMITS;
  if (!Number.isInteger(details.days) || details.days < minDays || details.days > maxDays) {
    problems.push({ field: 'days', message: `must be a whole number from ${minDays} to ${maxDays}` });
  }
  const instructions = details.instructions?.trim();
  if (instructions && lengthOf(instructions) > PRESCRIPTION_LIMITS.instructions) {
    problems.push({ field: 'instructions', message: `must be at most ${PRESCRIPTION_LIMITS.instructions} characters` });
  }
  return problems;
}

/** The details as stored: trimmed, blank instructions none at all. */
export function cleanPrescription(details: PrescriptionDetails): Required<PrescriptionDetails> {
  return {
    medication: details.medication.trim(),
    dosage: details.dosage.trim(),
    days: details.days,
    instructions: details.instructions?.trim() || null,
  };
}

/** docs/rules.md#roles: the patient, doctors, reception and administrators read prescriptions; stakeholders none. */
export const readsPrescriptions = (viewer: Viewer): boolean => viewer.role !== Role.STAKEHOLDER;

/**
 * One prescription: the patient's own; the doctor who issued it always, another
 * doctor while the patient is in their care (a visit asked for, approved or held,
 * as for medical records); reception and administrators any.
 */
export function prescriptionAccess(viewer: Viewer, prescription: VisitParties): Access {
  switch (viewer.role) {
    case Role.STAFF:
    case Role.ADMIN:
      return 'granted';
    case Role.PATIENT:
      return viewer.id === prescription.patientId ? 'granted' : 'refused';
    case Role.DOCTOR:
      return viewer.id === prescription.doctorId ? 'granted' : 'if-in-their-care';
    default:
      return 'refused';
  }
}

/**
 * A patient's prescriptions, as a whole: the patient themself, reception and
 * administrators; a doctor while the patient is in their care. A doctor without
 * care still sees those they issued (see `issuedBy`).
 */
export function patientPrescriptionsAccess(viewer: Viewer, patientId: string): Access {
  switch (viewer.role) {
    case Role.STAFF:
    case Role.ADMIN:
      return 'granted';
    case Role.PATIENT:
      return viewer.id === patientId ? 'granted' : 'refused';
    case Role.DOCTOR:
      return 'if-in-their-care';
    default:
      return 'refused';
  }
}

/**
 * What a doctor without the patient in their care sees of the patient's
 * prescriptions: the ones they issued themselves (the visit may since have been
 * cancelled, or the care projection not have caught up yet). None is FORBIDDEN,
 * not an empty list: they have no business with this patient.
 */
export const issuedBy = <T extends VisitParties>(doctorId: string, prescriptions: readonly T[]): T[] =>
  prescriptions.filter((prescription) => prescription.doctorId === doctorId);
