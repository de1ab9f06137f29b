import { loadSubgraphConfig } from '@hospital/kit';

export const BILLING_PORT = 4005;

/** Billing has no variables of its own: the kit's common ones, BILLING_DATABASE_URL and BILLING_PORT. */
export const loadBillingConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig('billing', BILLING_PORT, {}, env);

export type BillingConfig = ReturnType<typeof loadBillingConfig>;
