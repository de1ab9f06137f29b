import { hasRole, Role, type Viewer } from './auth.js';

/**
 * Who may follow a doctor's visits (docs/rules.md#roles): the doctor herself, the desk and
 * administrators. One rule for her lobby (the gateway's subscriptions), her
 * pending requests and the visits a period off of hers falls on (the
 * appointments subgraph).
 */
export const doctorsOwnOrDesk = (viewer: Viewer, doctorId: string): boolean =>
  (viewer.role === Role.DOCTOR && viewer.id === doctorId) || hasRole(viewer, Role.STAFF, Role.ADMIN);

/**
 * Who may book for a patient, keep her waitlist and follow the slots offered to
 * her (docs/rules.md#roles): the patient herself, the desk and administrators. One rule for
 * her `slotOffered` lobby (the gateway) and for the requests, the waitlist and the
 * offers of the appointments subgraph.
 */
export const patientsOwnOrDesk = (viewer: Viewer, patientId: string): boolean =>
  (viewer.role === Role.PATIENT && viewer.id === patientId) || hasRole(viewer, Role.STAFF, Role.ADMIN);
