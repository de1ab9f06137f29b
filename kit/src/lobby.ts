import { hasRole, Role, type Viewer } from './auth.js';

/**
 * Who may follow a doctor's visits (RULES.md): the doctor herself, the desk and
 * administrators. One rule for her lobby (the gateway's subscriptions), her
 * pending requests and the visits a period off of hers would cancel (the
 * appointments subgraph).
 */
export const doctorsOwnOrDesk = (viewer: Viewer, doctorId: string): boolean =>
  (viewer.role === Role.DOCTOR && viewer.id === doctorId) || hasRole(viewer, Role.STAFF, Role.ADMIN);
