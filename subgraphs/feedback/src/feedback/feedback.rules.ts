import {
  BusinessRuleViolation,
  hasRole,
  Role,
  throwIfInvalid,
  type InvalidField,
  type Viewer,
  type VisitStatus,
} from '@hospital/kit';

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
