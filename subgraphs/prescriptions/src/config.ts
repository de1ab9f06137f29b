import { loadSubgraphConfig } from '@hospital/kit';
import { z } from 'zod';

export const PRESCRIPTIONS_PORT = 4006;

export const loadPrescriptionsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'prescriptions',
    PRESCRIPTIONS_PORT,
    {
      /** The appointments subgraph, asked for the visit a prescription is issued for (an internal GraphQL call). */
      APPOINTMENTS_URL: z.url().default('http://127.0.0.1:4004/graphql'),
      /** How long a call to the appointments subgraph may take before the request fails. */
      APPOINTMENTS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    },
    env,
  );

export type PrescriptionsConfig = ReturnType<typeof loadPrescriptionsConfig>;
