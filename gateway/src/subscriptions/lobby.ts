import type { SubscriptionField } from './declaration.js';
import { appointmentCancelled } from './fields/appointment-cancelled.js';
import { appointmentRequested } from './fields/appointment-requested.js';
import { appointmentStatusChanged } from './fields/appointment-status-changed.js';

/**
 * The appointment lobby: a doctor's requests and cancellations, a patient's
 * decisions. The appointments subgraph declares the fields; the gateway serves
 * them with the others (`fields/index.ts`).
 */
export const LOBBY_FIELDS: Readonly<Record<string, SubscriptionField>> = {
  appointmentRequested,
  appointmentCancelled,
  appointmentStatusChanged,
};
