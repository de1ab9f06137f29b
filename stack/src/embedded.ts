import { ConfigError, createLogger, runMain, stopOnSignals, toggleQueryLoggingOnSignal } from '@hospital/kit';
import { demoLogins, seedDemoData } from './seed.js';
import { startEmbeddedStack } from './stack.js';

/** `pnpm start`: the whole supergraph in this process, on SQLite files under DATA_DIR, with demo data. */
await runMain('stack', async () => {
  if (process.env['NODE_ENV'] === 'production') {
    throw new ConfigError([
      'NODE_ENV=production: the embedded default is for trying the supergraph; run each service on its own',
    ]);
  }
  const admin = {
    email: process.env['BOOTSTRAP_ADMIN_EMAIL'] ?? 'admin@maternity.example',
    password: process.env['BOOTSTRAP_ADMIN_PASSWORD'] ?? 'admin-password-1',
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BOOTSTRAP_ADMIN_EMAIL: admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
  };
  const logger = createLogger({ name: 'stack', level: env['LOG_LEVEL'] ?? 'warn' });
  const stack = await startEmbeddedStack(env, logger);
  toggleQueryLoggingOnSignal(logger);
  stopOnSignals(logger, [() => stack.stop()]);
  await seedDemoData(stack.gatewayUrl, admin, logger);

  const logins = demoLogins(admin);
  const width = Math.max(...logins.map((login) => login.email.length));
  const names = Math.max(...stack.subgraphs.map(({ name }) => name.length));
  console.log(`
Hospital supergraph (embedded default: one process, SQLite under ${env['DATA_DIR'] ?? '.data'})

  ${'gateway'.padEnd(names)} ${stack.gatewayUrl}
${stack.subgraphs.map(({ name, url }) => `  ${name.padEnd(names)} ${url}`).join('\n')}

Demo logins (mutation signIn(email, password) { token }):
${logins.map((l) => `  ${l.role.padEnd(11)} ${l.email.padEnd(width)}  ${l.password.padEnd(17)} ${l.who}`).join('\n')}

Press Ctrl+C to stop.`);
});
