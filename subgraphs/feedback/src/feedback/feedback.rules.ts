import {
  BusinessRuleViolation,
  ForbiddenError,
  hasRole,
  requireViewer,
  Role,
  throwIfInvalid,
  type InvalidField,
  type Viewer,
} from '@hospital/kit';
import { type VisitStatus } from '@hospital/kit/events';

/*
 * The business rules this subgraph names in `extensions.rule`:
 * - VISIT_NOT_COMPLETED: feedback is given on a COMPLETED visit only; a visit that
 *   is still ahead, was refused, cancelled or missed has nothing to rate.
 */

export const MIN_RATING = 1;
export const MAX_RATING = 5;
export const MAX_COMMENT_LENGTH = 2000;

/** A submission as it is stored. */
export interface Submission {
  rating: number;
  comment: string | null;
}

/**
 * BAD_USER_INPUT naming each broken field: a rating outside 1–5, a comment longer
 * than allowed once trimmed. A blank comment is no comment. Length counts
 * characters, as the database column does, not UTF-16 units.
 */
export function validSubmission(rating: number, comment: string | null | undefined): Submission {
  const problems: InvalidField[] = [];
  if (!Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) {
    problems.push({ field: 'rating', message: `must be a whole number from ${MIN_RATING} to ${MAX_RATING}` });
  }
  const trimmed = comment?.trim() ?? '';
  if ([...trimmed].length > MAX_COMMENT_LENGTH) {
    problems.push({ field: 'comment', message: `must be at most ${MAX_COMMENT_LENGTH} characters` });
  }
  throwIfInvalid(problems);
  return { rating, comment: trimmed || null };
}

/** Who a visit, and so its feedback, belongs to. */
export interface Parties {
  patientId: string;
  doctorId: string;
}

/** Submit: the visit's own patient, nobody else (not the desk on their behalf: it is the patient's opinion). */
export const mayRate = (viewer: Viewer, visit: Parties): boolean =>
  viewer.role === Role.PATIENT && viewer.id === visit.patientId;

/** VISIT_NOT_COMPLETED, unless the visit was completed. */
export function checkCompleted(status: VisitStatus): void {
  if (status !== 'COMPLETED') {
    throw new BusinessRuleViolation('VISIT_NOT_COMPLETED', `A ${status} visit cannot be rated: only a completed one`, {
      status,
    });
  }
}

/**
 * Read: STAFF, STAKEHOLDER and ADMIN any, the doctor the feedback on their own
 * visits, the patient the feedback they wrote.
 */
export function mayRead(viewer: Viewer, feedback: Parties): boolean {
  if (hasRole(viewer, Role.STAFF, Role.STAKEHOLDER, Role.ADMIN)) return true;
  if (viewer.role === Role.DOCTOR) return viewer.id === feedback.doctorId;
  return viewer.role === Role.PATIENT && viewer.id === feedback.patientId;
}

/** What `feedbackEntries` is narrowed by, as the caller gave it. */
export interface EntriesFilter {
  doctorId?: string | null;
  departmentId?: string | null;
  minRating?: number | null;
  maxRating?: number | null;
  from?: Date | null;
  to?: Date | null;
}

const ratingProblem = (field: string, value: number | null | undefined): InvalidField[] =>
  value === null || value === undefined || (Number.isInteger(value) && value >= MIN_RATING && value <= MAX_RATING)
    ? []
    : [{ field, message: `must be a whole number from ${MIN_RATING} to ${MAX_RATING}` }];

const badDate = (value: Date | null | undefined): boolean =>
  value !== null && value !== undefined && Number.isNaN(value.getTime());

/**
 * BAD_USER_INPUT naming each broken field: a rating bound outside 1–5, a minimum
 * above the maximum, a date that is none, or a `from` that is not before `to`
 * (`from` is inclusive, `to` exclusive, so equal ones would match nothing).
 */
export function checkEntriesFilter(filter: EntriesFilter | null | undefined): void {
  if (!filter) return;
  const problems = [...ratingProblem('minRating', filter.minRating), ...ratingProblem('maxRating', filter.maxRating)];
  const { minRating, maxRating, from, to } = filter;
  if (!problems.length && typeof minRating === 'number' && typeof maxRating === 'number' && minRating > maxRating) {
    problems.push({ field: 'maxRating', message: 'must not be below minRating' });
  }
  if (badDate(from)) problems.push({ field: 'from', message: 'is not a date' });
  if (badDate(to)) problems.push({ field: 'to', message: 'is not a date' });
  if (from && to && !badDate(from) && !badDate(to) && from.getTime() >= to.getTime()) {
    problems.push({ field: 'to', message: 'must be after from' });
  }
  throwIfInvalid(problems);
}

/**
 * Who may list feedback, and whose: STAFF, STAKEHOLDER and ADMIN anyone's (the
 * filter's doctor, or every doctor), a doctor their own only. A doctor naming
 * another doctor is FORBIDDEN rather than quietly shown her own: an answer to a
 * different question than the one asked would read as "that doctor has no
 * feedback". Everyone else (a patient, a service) is FORBIDDEN, and nobody signed
 * in UNAUTHENTICATED. Returns the doctor the list is limited to, or null for all.
 */
export function entriesScope(viewer: Viewer | null, doctorId: string | null | undefined): string | null {
  const caller = requireViewer(viewer);
  if (hasRole(caller, Role.STAFF, Role.STAKEHOLDER, Role.ADMIN)) return doctorId ?? null;
  if (caller.role === Role.DOCTOR) {
    if (doctorId && doctorId !== caller.id) throw new ForbiddenError("A doctor may read only her own visits' feedback");
    return caller.id;
  }
  throw new ForbiddenError('Only STAFF, STAKEHOLDER, ADMIN and a doctor (her own) may list feedback');
}
