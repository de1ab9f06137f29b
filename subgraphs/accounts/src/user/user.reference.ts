import { ForbiddenError, hasRole, requireViewer, Role } from '@hospital/kit';
import type { AccountsContext } from '../context.js';

/**
 * The gateway asks for users by id (`_entities`); one query per batch through the
 * request's loader. An account's e-mail is for its owner and the hospital's desk
 * and administrators only, here as in `me`.
 */
export const userReference = {
  __resolveReference: (reference: { id: string }, { viewer, loaders }: AccountsContext) => {
    const caller = requireViewer(viewer);
    if (caller.id !== reference.id && !hasRole(caller, Role.STAFF, Role.ADMIN)) throw new ForbiddenError();
    return loaders.user.load(reference.id);
  },
};
