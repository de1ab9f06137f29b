import type { SubgraphContext, ExportPartService } from '@hospital/kit';
import type { PasswordResets } from './password-reset/password-reset.service.js';
import type { AccountAdministration } from './user/account-admin.service.js';
import { createUserLoader } from './user/user.loader.js';
import type { UserService } from './user/user.service.js';

export interface AccountsServices {
  users: UserService;
  accountAdmin: AccountAdministration;
  passwordResets: PasswordResets;
  accountsExport: ExportPartService;
}

export const createAccountsLoaders = ({ users }: Pick<AccountsServices, 'users'>) => ({
  user: createUserLoader(users),
});

export interface AccountsContext extends SubgraphContext, AccountsServices {
  loaders: ReturnType<typeof createAccountsLoaders>;
}
