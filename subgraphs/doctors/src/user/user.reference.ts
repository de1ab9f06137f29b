import { requireViewer } from '@hospital/kit';
import type { DoctorsContext } from '../context.js';
import type { User } from './user.type.js';

/**
 * Nothing to load: the id is all this subgraph knows of a user, and all
 * `User.doctor` needs. Signed-in callers only, like every reference here.
 */
export const userReference = {
  __resolveReference: (reference: { id: string }, { viewer }: DoctorsContext): User => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
