import type { User } from './user.entity.js';

/** Nothing to load: the id is all this subgraph knows of a user, and all `User.doctor` needs. */
export const userReference = {
  __resolveReference: (reference: { id: string }): User => ({ id: reference.id }),
};
