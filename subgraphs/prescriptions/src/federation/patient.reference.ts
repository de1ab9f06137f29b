import { requireViewer } from '@hospital/kit';
import type { PrescriptionsContext } from '../context.js';
import type { Patient } from './stubs.js';

/** Nothing to load: `Patient.prescriptions` needs the id only, and checks who asks itself. */
export const patientReference = {
  __resolveReference: (reference: { id: string }, { viewer }: PrescriptionsContext): Patient => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
