import { CONTACTS_SCOPE, SCHEDULES_SCOPE, SERVICE_ROLE, type TokenSubject } from '@hospital/kit';

/**
 * Who this subgraph's background jobs are when they call another subgraph: its own
 * identity, one scope per need, never a user's token.
 */

/** The dispatcher reading contact cards (`patientContact`, `doctorContact`), and nothing else. */
export const CONTACTS_SUBJECT: TokenSubject = {
  id: 'service:appointments',
  role: SERVICE_ROLE,
  scopes: [CONTACTS_SCOPE],
};

/**
 * The dispatcher's names, the schedule-change consumer and the waitlist's sweep
 * reading doctors, services and schedules: what any signed-in user may read there.
 */
export const SCHEDULES_SUBJECT: TokenSubject = {
  id: 'service:appointments',
  role: SERVICE_ROLE,
  scopes: [SCHEDULES_SCOPE],
};
