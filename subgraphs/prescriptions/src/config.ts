import { callTimeoutMs, loadSubgraphConfig, subgraphUrl } from '@hospital/kit';

export const PRESCRIPTIONS_PORT = 4006;

export const loadPrescriptionsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'prescriptions',
    PRESCRIPTIONS_PORT,
    {
      /** The appointments subgraph, asked for the visit a prescription is issued for (an internal GraphQL call). */
      APPOINTMENTS_URL: subgraphUrl(4004),
      /** How long a call to the appointments subgraph may take before the request fails. */
      APPOINTMENTS_TIMEOUT_MS: callTimeoutMs(),
    },
    env,
  );

export type PrescriptionsConfig = ReturnType<typeof loadPrescriptionsConfig>;
