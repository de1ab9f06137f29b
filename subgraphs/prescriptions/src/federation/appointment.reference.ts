import { requireViewer } from '@hospital/kit';
import type { PrescriptionsContext } from '../context.js';
import type { Appointment } from './stubs.js';

/** Nothing to load: `Appointment.prescriptions` needs the id only, and checks who asks itself. */
export const appointmentReference = {
  __resolveReference: (reference: { id: string }, { viewer }: PrescriptionsContext): Appointment => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
