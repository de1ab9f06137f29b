/**
 * What went wrong, in the words of the person using the app: the API's `extensions.code`
 * and `rule` (docs/rules.md#error-codes) chosen into a sentence, not its message read out. Where the
 * server's own message is meant for people (a field that is invalid, a value already taken)
 * it is kept. Plain functions, so that the words are unit-tested without a browser.
 */

/** A free time the API proposes instead of a taken one (SLOT_TAKEN's `extensions.alternatives`). */
export interface Alternative {
  doctorId: string;
  start: string;
  end: string;
}

export interface Problem {
  code: string;
  rule?: string;
  /** What to show. */
  text: string;
  alternatives: Alternative[];
}

/** The shape of a GraphQL error as urql's CombinedError holds it. */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

const RULES: Record<string, string> = {
  LEAD_TIME: 'Visits have to be booked at least 2 hours ahead.',
  CLINIC_HOURS: 'The clinic sees patients between 09:00 and 18:00.',
  SLOT_ALIGNMENT: 'Visits start on the hour or at half past.',
  DOCTOR_UNAVAILABLE: 'The doctor is not working at that time.',
  DEPARTMENT_MISMATCH: 'This doctor does not offer that service.',
  DAILY_CAP: "The doctor's day is fully booked.",
  PATIENT_OVERLAP: 'You already have a visit at that time.',
  SLOT_TAKEN: 'Someone has just taken that time.',
  RESCHEDULE_LIMIT: 'A visit can be moved at most twice.',
  RESCHEDULE_WINDOW: 'A visit cannot be moved in the hour before it starts.',
  INVALID_TRANSITION: 'This visit can no longer be changed that way; it may have been changed meanwhile.',
  TOO_LATE: 'This visit has already begun, so it can no longer be cancelled.',
  TOO_EARLY: 'This visit has not begun yet.',
  VISIT_NOT_COMPLETED: 'Feedback can be given once the visit has taken place.',
  VISIT_NOT_PRESCRIBABLE: 'Prescriptions are written for an approved or completed visit only.',
  LAST_ADMIN: 'The hospital must keep at least one active administrator.',
};

const CODES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  NOT_FOUND: 'We could not find that. It may have been removed, or it is not yours to see.',
  SERVICE_UNAVAILABLE: 'Part of the hospital system is not answering. Please try again in a moment.',
};

const NETWORK = 'The hospital system cannot be reached. Check your connection and try again.';
const FAULT = 'Something went wrong on our side. Please try again.';

function alternativesOf(extensions: Record<string, unknown>): Alternative[] {
  const list = extensions['alternatives'];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is Alternative =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Alternative).doctorId === 'string' &&
      typeof (item as Alternative).start === 'string' &&
      typeof (item as Alternative).end === 'string',
  );
}

function waitWords(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return 'Please wait a little and try again.';
  if (seconds < 90) return `Please try again in ${Math.max(1, Math.round(seconds))} seconds.`;
  return `Please try again in ${Math.round(seconds / 60)} minutes.`;
}

/** The first error's problem; a failure with no GraphQL error at all is the network's. */
export function describeProblem(errors: readonly ApiError[], networkFailed = false): Problem {
  const [first] = errors;
  if (!first) return { code: 'NETWORK', text: NETWORK, alternatives: [] };
  const extensions = first.extensions ?? {};
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const rule = typeof extensions['rule'] === 'string' ? extensions['rule'] : undefined;
  const base = { code, alternatives: [] as Alternative[], ...(rule ? { rule } : {}) };
  if (networkFailed && !first.extensions) return { ...base, code: 'NETWORK', text: NETWORK };
  switch (code) {
    case 'BUSINESS_RULE_VIOLATION': {
      const alternatives = rule === 'SLOT_TAKEN' ? alternativesOf(extensions) : [];
      const known = rule ? RULES[rule] : undefined;
      const suffix = alternatives.length ? ' These times are free instead:' : '';
      return { ...base, alternatives, text: `${known ?? first.message}${suffix}` };
    }
    case 'RATE_LIMITED':
      return { ...base, text: `Too many attempts. ${waitWords(extensions['retryAfterSeconds'])}` };
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
      // Written for people by the API: which field, what is wrong with it, which value is taken.
      return { ...base, text: first.message };
    default:
      return { ...base, text: CODES[code] ?? FAULT };
  }
}
