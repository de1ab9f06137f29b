import type { PatientsContext } from '../context.js';

/**
 * The gateway asks for patients by id (`_entities`) on behalf of the same caller,
 * so the same permission applies as to `patient(id)`, and the same audit trail;
 * one query and one audit transaction per batch through the request's loaders.
 */
export const patientReference = {
  __resolveReference: (reference: { id: string }, context: PatientsContext) =>
    context.patients.reference(context, reference.id),
};
