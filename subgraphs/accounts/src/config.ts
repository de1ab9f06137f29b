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
      SIGN_IN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).default(5),
      SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
      PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).default(2),
      PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).default(32),
    },
    env,
  );

export type AccountsConfig = ReturnType<typeof loadAccountsConfig>;
