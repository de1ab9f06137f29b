import { requireViewer } from '@hospital/kit';
import type { DoctorsContext } from '../context.js';

/**
 * The gateway asks for departments by id (`_entities`) on behalf of its caller,
 * who must be signed in here as in `department(id)`: zero trust between services.
 * One query per batch through the request's loader.
 */
export const departmentReference = {
  __resolveReference: (reference: { id: string }, { viewer, loaders }: DoctorsContext) => {
    requireViewer(viewer);
    return loaders.department.load(reference.id);
  },
};
