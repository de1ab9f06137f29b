import type { VisitStatus } from '../events/payloads.js';

/**
 * docs/rules.md#roles: a doctor sees "patients they have an appointment with". Any visit of
 * theirs, even one they rejected, lets them see who it was for (the profile on
 * their own list). A patient's medical records and prescriptions need more: a
 * visit asked for, approved or held (completed or missed) — a rejected or
 * cancelled request does not keep them open.
 */
export const CARING_STATUSES = [
  'PENDING',
  'APPROVED',
  'COMPLETED',
  'NO_SHOW',
] as const satisfies readonly VisitStatus[];

/**
 * Events of one visit may arrive out of order; a status only ever moves forward:
 * asked → approved → an ending. A later event never takes a visit back.
 */
const RANK: Record<string, number> = {
  PENDING: 0,
  APPROVED: 1,
  REJECTED: 2,
  CANCELLED: 2,
  COMPLETED: 2,
  NO_SHOW: 2,
} satisfies Record<VisitStatus, number>;

/** The statuses a visit may move from to reach `status`. */
export function statusesBefore(status: string): string[] {
  const rank = RANK[status] ?? 0;
  return Object.keys(RANK).filter((other) => (RANK[other] ?? 0) < rank);
}
