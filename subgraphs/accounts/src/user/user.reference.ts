import type { AccountsContext } from '../context.js';

/** The gateway asks for users by id (`_entities`); one query per batch through the request's loader. */
export const userReference = {
  __resolveReference: (reference: { id: string }, { loaders }: AccountsContext) => loaders.user.load(reference.id),
};
