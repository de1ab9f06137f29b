import { loadSubgraphConfig } from '@hospital/kit';
import { z } from 'zod';

export const FEEDBACK_PORT = 4007;

export const loadFeedbackConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'feedback',
    FEEDBACK_PORT,
    {
      /** The appointments subgraph, asked whose visit it is and whether it was completed (an internal GraphQL call). */
      APPOINTMENTS_URL: z.url().default('http://127.0.0.1:4004/graphql'),
      /** How long a call to the appointments subgraph may take before the submission fails. */
      APPOINTMENTS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
      /** The doctors subgraph, asked which doctors a department has when feedbackEntries is filtered by one. */
      DOCTORS_URL: z.url().default('http://127.0.0.1:4003/graphql'),
      /** How long a call to the doctors subgraph may take before the list fails. */
      DOCTORS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    },
    env,
  );

export type FeedbackConfig = ReturnType<typeof loadFeedbackConfig>;
