import { buildFederatedSchema } from '@hospital/kit';
import { AccountsExportPart } from './export/patient-export.resolver.js';
import type { AccountsContext } from './context.js';
import { PasswordResetResolver } from './password-reset/password-reset.resolver.js';
import { AccountAdminResolver } from './user/account-admin.resolver.js';
import { userReference } from './user/user.reference.js';
import { UserResolver } from './user/user.resolver.js';

export const buildAccountsSchema = () =>
  buildFederatedSchema<AccountsContext>({
    exportPart: AccountsExportPart,
    resolvers: [UserResolver, AccountAdminResolver, PasswordResetResolver],
    references: { User: userReference },
  });
