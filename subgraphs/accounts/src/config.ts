import { loadSubgraphConfig } from '@hospital/kit';
import { z } from 'zod';

export const ACCOUNTS_PORT = 4001;

export const loadAccountsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'accounts',
    ACCOUNTS_PORT,
    {
      BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
      BOOTSTRAP_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
      JWT_TTL_SECONDS: z.coerce
        .number()
        .int()
        .min(60)
        .default(8 * 3600),
    },
    env,
  );

export type AccountsConfig = ReturnType<typeof loadAccountsConfig>;
