import type { PrescriptionsContext } from '../context.js';

/**
 * The gateway asks for prescriptions by id (`_entities`) on behalf of the same
 * caller, so the same permission applies as to `prescription(id)`; one query per
 * batch through the request's loaders.
 */
export const prescriptionReference = {
  __resolveReference: (reference: { id: string }, context: PrescriptionsContext) =>
    context.prescriptions.visible(context, reference.id),
};
