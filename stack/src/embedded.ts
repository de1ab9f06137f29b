import { ConfigError, createLogger, runMain, stopOnSignals, toggleQueryLoggingOnSignal } from '@hospital/kit';
import { demoLogins, seedDemoData } from './seed.js';
import { startEmbeddedStack } from './stack.js';
import { startWebApp, webAppPort, webOriginsFor } from './web-server.js';

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
  const webPort = await webAppPort(process.env);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BOOTSTRAP_ADMIN_EMAIL: admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    // The web app beside the gateway, and `pnpm dev:web`'s Vite, call it from origins of their own.
    CORS_ORIGINS: [process.env['CORS_ORIGINS'], ...webOriginsFor(webPort)].filter(Boolean).join(','),
    // On a laptop, the gateway's Sandbox page reads the schema before anyone has signed in.
    INTROSPECTION: process.env['INTROSPECTION'] ?? 'anyone',
  };
  const logger = createLogger({ name: 'stack', level: env['LOG_LEVEL'] ?? 'warn' });
  const stack = await startEmbeddedStack(env, logger);
  const web = await startWebApp({
    ...(env['WEB_DIR'] ? { dir: env['WEB_DIR'] } : {}),
    port: webPort,
    host: env['GATEWAY_HOST'] ?? '127.0.0.1',
    gatewayUrl: stack.gatewayUrl,
    clinicTimeZone: env['CLINIC_TIMEZONE'] ?? 'Europe/Kyiv',
  });
  toggleQueryLoggingOnSignal(logger);
  stopOnSignals(logger, [() => web.stop(), () => stack.stop()]);
  await seedDemoData(stack.gatewayUrl, admin, logger);

  const logins = demoLogins(admin);
  const width = Math.max(...logins.map((login) => login.email.length));
  const names = Math.max(...stack.subgraphs.map(({ name }) => name.length));
  console.log(`
Hospital supergraph (embedded default: one process, SQLite under ${env['DATA_DIR'] ?? '.data'})

  ${'web app'.padEnd(names)} ${web.url}
  ${'gateway'.padEnd(names)} ${stack.gatewayUrl}
${stack.subgraphs.map(({ name, url }) => `  ${name.padEnd(names)} ${url}`).join('\n')}

Demo logins (mutation signIn(email, password) { token }):
${logins.map((l) => `  ${l.role.padEnd(11)} ${l.email.padEnd(width)}  ${l.password.padEnd(17)} ${l.who}`).join('\n')}

Press Ctrl+C to stop.`);
});
