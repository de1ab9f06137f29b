import { requireViewer } from '@hospital/kit';
import type { DoctorsContext } from '../context.js';

/**
 * Appointments, prescriptions and feedback name doctors by id; the gateway asks on
 * behalf of its caller, who must be signed in here as in `doctor(id)`: zero trust
 * between services. One query per batch through the request's loader.
 */
export const doctorReference = {
  __resolveReference: (reference: { id: string }, { viewer, loaders }: DoctorsContext) => {
    requireViewer(viewer);
    return loaders.doctor.load(reference.id);
  },
};
