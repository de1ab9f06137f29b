import type { BillingContext } from '../context.js';

/**
 * Other subgraphs may name invoices by id; the gateway asks on behalf of its
 * caller, who sees only what `invoice(id)` would show them (null for an id that
 * names none). One query per batch through the request's loader.
 */
export const invoiceReference = {
  __resolveReference: (reference: { id: string }, context: BillingContext) =>
    context.invoices.visible(context, reference.id),
};
