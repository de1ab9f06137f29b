import { buildFederatedSchema } from '@hospital/kit';
import type { AccountsContext } from './context.js';
import { userReference } from './user/user.reference.js';
import { UserResolver } from './user/user.resolver.js';

export const buildAccountsSchema = () =>
  buildFederatedSchema<AccountsContext>({
    resolvers: [UserResolver],
    references: { User: userReference },
  });
