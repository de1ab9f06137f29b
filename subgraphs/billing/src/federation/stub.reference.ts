import { requireViewer } from '@hospital/kit';
import type { BillingContext } from '../context.js';

/**
 * Nothing to load for a patient or an appointment here: the fields billing adds
 * need the id only and check who asks themselves. An anonymous caller learns
 * nothing all the same, not even which ids would be answered.
 */
const idOnly = {
  __resolveReference: (reference: { id: string }, { viewer }: BillingContext): { id: string } => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};

export const patientReference = idOnly;
export const appointmentReference = idOnly;
