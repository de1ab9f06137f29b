import { requireViewer } from '@hospital/kit';
import type { FeedbackContext } from '../context.js';
import type { Appointment, Doctor } from './stubs.js';

/**
 * Nothing to load: `Appointment.feedback` and `Doctor.feedbackSummary` need the id
 * only, and check who asks themselves. Signed-in callers only (zero trust).
 */
export const appointmentReference = {
  __resolveReference: (reference: { id: string }, { viewer }: FeedbackContext): Appointment => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};

export const doctorReference = {
  __resolveReference: (reference: { id: string }, { viewer }: FeedbackContext): Doctor => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
