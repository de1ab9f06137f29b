import type { SubgraphContext } from '@hospital/kit';
import { createUserLoader } from './user/user.loader.js';
import type { UserService } from './user/user.service.js';

/** The services every request shares. */
export interface AccountsServices {
  users: UserService;
}

/** A fresh set per request, so that no cached row outlives the request that read it. */
export const createAccountsLoaders = ({ users }: AccountsServices) => ({ user: createUserLoader(users) });

export interface AccountsContext extends SubgraphContext, AccountsServices {
  loaders: ReturnType<typeof createAccountsLoaders>;
}
