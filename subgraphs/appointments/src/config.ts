import { loadSubgraphConfig } from '@hospital/kit';
import { z } from 'zod';

export const APPOINTMENTS_PORT = 4004;

export const loadAppointmentsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'appointments',
    APPOINTMENTS_PORT,
    {
      /** The doctors subgraph, asked for services and doctors' schedules (an internal GraphQL call). */
      DOCTORS_URL: z.url().default('http://127.0.0.1:4003/graphql'),
      /** How long a call to the doctors subgraph may take before the request fails. */
      DOCTORS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    },
    env,
  );

export type AppointmentsConfig = ReturnType<typeof loadAppointmentsConfig>;
