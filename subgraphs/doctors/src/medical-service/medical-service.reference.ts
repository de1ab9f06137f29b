import { requireViewer } from '@hospital/kit';
import type { DoctorsContext } from '../context.js';

/**
 * Appointments and billing name services by id; the gateway asks on behalf of
 * its caller, who must be signed in here as in `medicalService(id)`. One query
 * per batch through the request's loader.
 */
export const medicalServiceReference = {
  __resolveReference: (reference: { id: string }, { viewer, loaders }: DoctorsContext) => {
    requireViewer(viewer);
    return loaders.medicalService.load(reference.id);
  },
};
