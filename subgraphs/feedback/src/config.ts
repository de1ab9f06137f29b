import { callTimeoutMs, loadSubgraphConfig, subgraphUrl } from '@hospital/kit';

export const FEEDBACK_PORT = 4007;

export const loadFeedbackConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'feedback',
    FEEDBACK_PORT,
    {
      /** The appointments subgraph, asked whose visit it is and whether it was completed (an internal GraphQL call). */
      APPOINTMENTS_URL: subgraphUrl(4004),
      /** How long a call to the appointments subgraph may take before the submission fails. */
      APPOINTMENTS_TIMEOUT_MS: callTimeoutMs(),
      /** The doctors subgraph, asked which doctors a department has when feedbackEntries is filtered by one. */
      DOCTORS_URL: subgraphUrl(4003),
      /** How long a call to the doctors subgraph may take before the list fails. */
      DOCTORS_TIMEOUT_MS: callTimeoutMs(),
    },
    env,
  );

export type FeedbackConfig = ReturnType<typeof loadFeedbackConfig>;
