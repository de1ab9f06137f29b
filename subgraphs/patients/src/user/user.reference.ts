import { requireViewer } from '@hospital/kit';
import type { PatientsContext } from '../context.js';
import type { User } from './user.type.js';

/**
 * Nothing to load: a user's only field here, `patient`, resolves from the id. The
 * caller is checked all the same, as a query would check them: the gateway asks
 * on their behalf, and an anonymous caller learns nothing here, not even which
 * ids it would answer for.
 */
export const userReference = {
  __resolveReference: (reference: { id: string }, { viewer }: PatientsContext): User => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
