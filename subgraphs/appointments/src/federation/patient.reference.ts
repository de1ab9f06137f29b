import { requireViewer } from '@hospital/kit';
import type { AppointmentsContext } from '../context.js';
import type { Patient } from './stubs.js';

/** Nothing to load: `Patient.appointments` needs the id only, and checks who asks itself. */
export const patientReference = {
  __resolveReference: (reference: { id: string }, { viewer }: AppointmentsContext): Patient => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
