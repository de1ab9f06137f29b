import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createTestDatabase,
  freePort,
  mysqlAvailable,
  terminate,
  waitReady,
  redisAvailable,
  TEST_JWT_SECRET,
  TEST_REDIS_URL,
  type TestDatabase,
} from '@hospital/kit/testing';
import { createLogger, migrateDatabase } from '@hospital/kit';
import { SUBGRAPHS, startEmbeddedStack } from '@hospital/stack';
import { CLINIC_ZONE } from './time.js';

/**
 * The supergraph the end-to-end suites talk to, over real HTTP. E2E_MODE says
 * which: `embedded` is `pnpm start`'s single process on fresh SQLite files;
 * `distributed` is one OS process per subgraph and one for the gateway, each on
 * its own MariaDB database, with Redis — as docker-compose runs them.
 */
export interface Supergraph {
  mode: 'embedded' | 'distributed';
  gatewayUrl: string;
  admin: { email: string; password: string };
  jwtSecret: string;
  /** The folder analytics' import mutation reads local CSV files from (ANALYTICS_IMPORT_DIR). */
  importDir: string;
  /** Every JSON log line the supergraph's processes wrote so far, parsed. */
  logs(): LogLine[];
  /** A subgraph's own /graphql, behind the gateway. */
  subgraphUrl(name: string): string;
  /** Distributed only: one more gateway replica on the same subgraphs and Redis; resolves with its URL. */
  startGateway?: () => Promise<string>;
  /**
   * Distributed only: stops one subgraph's process (SIGTERM, as an orchestrator
   * would) and resolves with what starts it again on the same port and database.
   */
  stopSubgraph?: (name: string) => Promise<() => Promise<void>>;
  /** Distributed only: as stopSubgraph, but SIGKILL: the process dies where it stands. */
  killSubgraph?: (name: string) => Promise<() => Promise<void>>;
  /** Distributed only: the environment a subgraph's process runs with (its database URL, ports). */
  envOf?: (name: string) => NodeJS.ProcessEnv;
  /**
   * A gateway onto the same data whose appointments stand `minutes` later
   * (CLOCK_OFFSET_MINUTES): a visit's start can have passed without waiting for it.
   */
  gatewayAhead(minutes: number): Promise<string>;
  stop(): Promise<void>;
}

export type LogLine = Record<string, unknown>;

/** Collects the JSON lines of a log stream, however the stream cuts them. */
class LogCollector {
  readonly lines: LogLine[] = [];
  private partial = '';

  write(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const complete = text.split('\n');
    this.partial = complete.pop() ?? '';
    for (const line of complete) {
      if (line.trim()) this.lines.push(JSON.parse(line) as LogLine);
    }
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MODE = process.env['E2E_MODE'] === 'distributed' ? 'distributed' : 'embedded';

const ADMIN = { email: 'root@e2e.example', password: 'e2e-admin-password' };

function baseEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    CLINIC_TIMEZONE: CLINIC_ZONE,
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    MEDICAL_RECORDS_KEY: Buffer.alloc(32, 7).toString('base64'),
    // A stream of its own, so that suites sharing one Redis never consume each other's events.
    EVENT_STREAM: `hospital:e2e:${randomUUID()}`,
    ANALYTICS_IMPORT_DIR: join(dataDir, 'imports'),
    // The suites act as many people from one address; the abuse suite tests the limits on stacks of its own.
    RATE_LIMIT_PER_ADDRESS: '100000',
    RATE_LIMIT_PER_USER: '100000',
    SIGN_IN_PER_ADDRESS: '10000',
  };
}

/**
 * What a process standing `minutes` later runs with: it only serves. Were it to relay,
 * consume and sweep too, it would take events off the suite's own stack and judge them
 * by its later clock (a freed slot already past, a reminder already due).
 */
const aheadOf = (minutes: number) => ({ CLOCK_OFFSET_MINUTES: String(minutes), BACKGROUND_WORK: 'off' });

/** Whether this mode's services answer; under CI=true a missing one fails the suite instead. */
export async function supergraphAvailable(): Promise<boolean> {
  if (MODE === 'embedded') return true;
  return (await mysqlAvailable()) && (await redisAvailable());
}

export interface SupergraphOptions {
  /** Variables every process gets on top of the suites' own (an SMTP server, a shorter claim). */
  env?: Record<string, string>;
  /** Distributed only: the Redis every process uses instead of TEST_REDIS_URL (a suite's own, to restart). */
  redisUrl?: string;
}

export async function startSupergraph(options: SupergraphOptions = {}): Promise<Supergraph> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hospital-e2e-'));
  const env = { ...baseEnv(dataDir), ...options.env };
  const logs = new LogCollector();
  if (MODE === 'embedded') {
    const ports = Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_PORT`, '0']));
    const logger = createLogger({ name: 'stack', level: 'info' }, { write: (line: string) => logs.write(line) });
    const stacks = [await startEmbeddedStack({ ...env, ...ports, GATEWAY_PORT: '0' }, logger)];
    return {
      mode: MODE,
      gatewayUrl: stacks[0]!.gatewayUrl,
      admin: ADMIN,
      jwtSecret: TEST_JWT_SECRET,
      importDir: join(dataDir, 'imports'),
      logs: () => logs.lines,
      subgraphUrl: (name) => {
        const url = stacks[0]!.subgraphs.find((subgraph) => subgraph.name === name)?.url;
        if (!url) throw new Error(`no subgraph ${name}`);
        return url;
      },
      // A second stack on the same SQLite files, its clock ahead.
      async gatewayAhead(minutes) {
        const ahead = { ...env, ...ports, GATEWAY_PORT: '0', ...aheadOf(minutes) };
        const stack = await startEmbeddedStack(ahead, logger);
        stacks.push(stack);
        return stack.gatewayUrl;
      },
      async stop() {
        for (const stack of stacks.reverse()) await stack.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  return startDistributed({ ...env, REDIS_URL: options.redisUrl ?? TEST_REDIS_URL }, dataDir, logs);
}

/** Every service is started as its image starts it: behind the tracing preload, which does nothing unless OTEL_* asks. */
const TRACING_PRELOAD = pathToFileURL(join(ROOT, 'kit/dist/tracing/register.js')).href;

function serve(script: string, env: NodeJS.ProcessEnv, logs: LogCollector): ChildProcess {
  const child = spawn(process.execPath, ['--import', TRACING_PRELOAD, join(ROOT, script)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => logs.write(chunk));
  child.unref();
  return child;
}

async function startDistributed(env: NodeJS.ProcessEnv, dataDir: string, logs: LogCollector): Promise<Supergraph> {
  const databases: TestDatabase[] = [];
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.reverse().map(terminate));
    await Promise.all(databases.map((database) => database.drop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const shared = env;
    const urls: Record<string, string> = {};
    const envOf: Record<string, NodeJS.ProcessEnv> = {};
    const processOf: Record<string, ChildProcess> = {};
    const serveSubgraph = async (name: string, port: number) => {
      const child = serve(`subgraphs/${name}/dist/index.js`, envOf[name] ?? {}, logs);
      children.push(child);
      processOf[name] = child;
      await waitReady(`http://127.0.0.1:${port}/ready`, child);
    };
    // Every port is known before anything starts, so each subgraph is told where every other one
    // answers; then the nine are migrated and started side by side (one after another took ~33 s).
    const ports: Record<string, number> = {};
    for (const { name } of SUBGRAPHS) {
      ports[name] = await freePort();
      urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
    }
    let migrations = Promise.resolve();
    await Promise.all(
      SUBGRAPHS.map(async (module) => {
        const { name } = module;
        const database = await createTestDatabase(`e2e_${name}`);
        databases.push(database);
        const prefix = name.toUpperCase();
        const port = ports[name]!;
        envOf[name] = {
          ...shared,
          ...urls,
          [`${prefix}_DATABASE_URL`]: database.url,
          [`${prefix}_PORT`]: String(port),
        };
        // Migrated from this process, which has every subgraph's code loaded already: nine more
        // processes booting side by side cost ~10 s of two cores. Each image's own
        // `node dist/migrate.js` is run by stack/src/images.int.test.ts. One database's
        // migrations at a time (MariaDB once left a trigger's temporary file behind with
        // nine at once, and then could not drop the database); each subgraph starts as soon
        // as its own are done, beside the others' migrations.
        const migrated = migrations.then(() =>
          migrateDatabase(module.loadConfig({ ...envOf[name], LOG_LEVEL: 'warn' }), module.tables),
        );
        migrations = migrated.catch(() => {});
        await migrated;
        await serveSubgraph(name, port);
      }),
    );
    const startGateway = async (subgraphUrls = urls) => {
      const gatewayPort = await freePort();
      const env = { ...shared, ...subgraphUrls, GATEWAY_PORT: String(gatewayPort) };
      const gateway = serve('gateway/dist/index.js', env, logs);
      children.push(gateway);
      await waitReady(`http://127.0.0.1:${gatewayPort}/ready`, gateway);
      return `http://127.0.0.1:${gatewayPort}/graphql`;
    };
    const stopProcess = async (name: string, stopping: (child: ChildProcess) => Promise<void>) => {
      const child = processOf[name];
      const port = Number(envOf[name]?.[`${name.toUpperCase()}_PORT`]);
      if (!child || !port) throw new Error(`no subgraph ${name}`);
      await stopping(child);
      return () => serveSubgraph(name, port);
    };
    // Another appointments process on the same database, its clock ahead, and a gateway in front of it.
    const gatewayAhead = async (minutes: number) => {
      const port = await freePort();
      const env = { ...envOf['appointments'], APPOINTMENTS_PORT: String(port), ...aheadOf(minutes) };
      const child = serve('subgraphs/appointments/dist/index.js', env, logs);
      children.push(child);
      await waitReady(`http://127.0.0.1:${port}/ready`, child);
      return startGateway({ ...urls, APPOINTMENTS_URL: `http://127.0.0.1:${port}/graphql` });
    };
    return {
      mode: 'distributed',
      gatewayUrl: await startGateway(),
      admin: ADMIN,
      jwtSecret: TEST_JWT_SECRET,
      importDir: join(dataDir, 'imports'),
      logs: () => logs.lines,
      subgraphUrl: (name) => {
        const url = urls[`${name.toUpperCase()}_URL`];
        if (!url) throw new Error(`no subgraph ${name}`);
        return url;
      },
      startGateway: () => startGateway(),
      stopSubgraph: (name) => stopProcess(name, terminate),
      killSubgraph: (name) =>
        stopProcess(
          name,
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGKILL');
            }),
        ),
      envOf: (name) => ({ ...envOf[name] }),
      gatewayAhead,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
