import { requireViewer } from '@hospital/kit';
import type { DoctorsContext } from '../context.js';

/**
 * The gateway asks for a period off by id when it needs the doctor and the period
 * for a field another subgraph adds (appointments' `conflictingAppointments`);
 * signed-in callers only, as for `doctor(id)`.
 */
export const timeOffReference = {
  __resolveReference: (reference: { id: string }, { viewer, loaders }: DoctorsContext) => {
    requireViewer(viewer);
    return loaders.timeOffById.load(reference.id);
  },
};
