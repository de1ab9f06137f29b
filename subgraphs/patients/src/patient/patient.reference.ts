import type { PatientsContext } from '../context.js';

/**
 * The gateway asks for patients by id (`_entities`) on behalf of the same caller,
 * so the same permission applies as to `patient(id)`; one query per batch
 * through the request's loaders.
 */
export const patientReference = {
  __resolveReference: (reference: { id: string }, context: PatientsContext) =>
    context.patients.visible(context, reference.id),
};
