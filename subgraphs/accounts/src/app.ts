import {
  AuditTrail,
  createRateLimitStore,
  createRuntime,
  createSubgraph,
  createTokenIssuer,
  ExportPartService,
  type Subgraph,
  type SubgraphOptions,
  type SubgraphModule,
} from '@hospital/kit';
import { OutboxEvent } from '@hospital/kit/events';
import { ACCOUNTS_PORT, loadAccountsConfig } from './config.js';
import { createAccountsLoaders, type AccountsContext } from './context.js';
import { migrations } from './migrations/index.js';
import { PasswordReset } from './password-reset/password-reset.entity.js';
import { PasswordResets } from './password-reset/password-reset.service.js';
import { buildAccountsSchema } from './schema.js';
import { SessionEnds } from './session/session-ends.js';
import { AccountAdministration } from './user/account-admin.service.js';
import { createPasswordHasher } from './user/password.js';
import { SignInLockout } from './user/sign-in-lockout.js';
import { User } from './user/user.entity.js';
import { UserService } from './user/user.service.js';
import { gatherAccountPart } from './export/patient-export.part.js';

export { buildAccountsSchema } from './schema.js';
export { ACCOUNTS_PORT, loadAccountsConfig } from './config.js';

export const accountsTables = { entities: [User, PasswordReset, OutboxEvent], migrations };

/** Accounts: users, credentials, roles; issues the tokens every other subgraph verifies. */
export async function createAccountsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadAccountsConfig(options.env);
  const runtime = createRuntime(config, accountsTables, options);
  const secret = config.auth.secret;
  if (!secret) throw new Error('accounts signs tokens with JWT_SECRET; set it beside JWT_JWKS_URL');
  const { extra } = config;
  const counters = createRateLimitStore(config.redisUrl, config.eventStream, runtime.logger, config.name);
  const passwords = createPasswordHasher({
    concurrency: extra.PASSWORD_HASH_CONCURRENCY,
    queue: extra.PASSWORD_HASH_QUEUE,
  });
  const sessionEnds = new SessionEnds(runtime.dataSource, runtime.sessions, extra.JWT_TTL_SECONDS, runtime.logger);
  const users = new UserService(
    runtime.uow,
    createTokenIssuer(secret, extra.JWT_TTL_SECONDS),
    passwords,
    new SignInLockout(counters, { attempts: extra.SIGN_IN_LOCKOUT_ATTEMPTS, minutes: extra.SIGN_IN_LOCKOUT_MINUTES }),
    sessionEnds,
    new AuditTrail(runtime.uow),
  );
  const services = {
    users,
    accountAdmin: new AccountAdministration(runtime.uow, users),
    passwordResets: new PasswordResets(runtime.uow, users, passwords),
    accountsExport: new ExportPartService(runtime.uow, 'accounts', gatherAccountPart),
  };
  const { BOOTSTRAP_ADMIN_EMAIL: adminEmail, BOOTSTRAP_ADMIN_PASSWORD: adminPassword } = extra;

  return createSubgraph<AccountsContext>(runtime, {
    schema: await buildAccountsSchema(),
    context: (base) => ({ ...base, ...services, loaders: createAccountsLoaders(services) }),
    onStart: async () => {
      if (adminEmail && adminPassword) await users.ensureBootstrapAdmin(adminEmail, adminPassword, runtime.logger);
      // Every end still in force, announced again: the registry may have started empty.
      sessionEnds.start();
    },
    onStop: async () => {
      await sessionEnds.stop();
      await counters.close();
    },
  });
}

export const accountsModule: SubgraphModule = {
  name: 'accounts',
  port: ACCOUNTS_PORT,
  buildSchema: buildAccountsSchema,
  create: createAccountsSubgraph,
  loadConfig: loadAccountsConfig,
  tables: accountsTables,
};
