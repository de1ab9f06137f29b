import { loadSubgraphConfig } from '@hospital/kit';
import { z } from 'zod';

export const ANALYTICS_PORT = 4008;

export const loadAnalyticsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'analytics',
    ANALYTICS_PORT,
    {
      /**
       * The only local folder the ADMIN import mutation reads from (default `<DATA_DIR>/imports`):
       * a mutation must not be a way to read any file of the server. The command line reads anywhere.
       */
      ANALYTICS_IMPORT_DIR: z.string().min(1).optional(),
      /** host:port of a Cloud Storage emulator; the official client then talks to it instead of Google. */
      STORAGE_EMULATOR_HOST: z.string().min(1).optional(),
    },
    env,
  );

export type AnalyticsConfig = ReturnType<typeof loadAnalyticsConfig>;
