import type { SubgraphContext, ExportPartService } from '@hospital/kit';
import type { PasswordResets } from './password-reset/password-reset.service.js';
import type { AccountAdministration } from './user/account-admin.service.js';
import { createUserLoader } from './user/user.loader.js';
import type { UserService } from './user/user.service.js';

/** The services every request shares. */
export interface AccountsServices {
  users: UserService;
  accountAdmin: AccountAdministration;
  passwordResets: PasswordResets;
  accountsExport: ExportPartService;
}

/** A fresh set per request, so that no cached row outlives the request that read it. */
export const createAccountsLoaders = ({ users }: Pick<AccountsServices, 'users'>) => ({
  user: createUserLoader(users),
});

export interface AccountsContext extends SubgraphContext, AccountsServices {
  loaders: ReturnType<typeof createAccountsLoaders>;
}
