/** Nothing to load: a user's only field here, `patient`, resolves from the id. */
export const userReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
