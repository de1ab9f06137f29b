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
import { createLogger, migrateDatabase, type Logger } from '@hospital/kit';
import { SUBGRAPHS, startEmbeddedStack, type EmbeddedStack } from '@hospital/stack';
import { CLINIC_ZONE } from './time.js';

/**
 * The supergraph the end-to-end suites talk to, over real HTTP. E2E_MODE says
 * which: `embedded` is `pnpm start`'s single process on fresh SQLite files;
 * `distributed` is one OS process per subgraph and one for the gateway, each on
 * its own MariaDB database, with Redis — as docker-compose runs them.
 */
export interface Supergraph {
  mode: Mode;
  gatewayUrl: string;
  admin: { email: string; password: string };
  jwtSecret: string;
  /** The folder analytics' import mutation reads local CSV files from (ANALYTICS_IMPORT_DIR). */
  importDir: string;
  /** Every JSON log line the supergraph's processes wrote so far, parsed: a stack of the file's own only. */
  logs(): LogLine[];
  /** A subgraph's own /graphql, behind the gateway. */
  subgraphUrl(name: string): string;
  /** Distributed only: one more gateway replica on the same subgraphs and Redis; resolves with its URL. */
  startGateway?: () => Promise<string>;
  /**
   * Distributed only, on a stack of the file's own: stops one subgraph's process (SIGTERM,
   * as an orchestrator would) and resolves with what starts it again on the same port and database.
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
  /** Stops the stack; on the shared one, only what this file started beside it. */
  stop(): Promise<void>;
}

export type LogLine = Record<string, unknown>;

/**
 * What a test file needs of a supergraph another process runs, to use it and to start more
 * processes beside it: serializable, for vitest's provide to hand from the e2e projects'
 * globalSetup (shared-supergraph.ts) to their test workers.
 */
export interface SharedSupergraph {
  mode: Mode;
  gatewayUrl: string;
  admin: { email: string; password: string };
  jwtSecret: string;
  importDir: string;
  /** The variables every process of the stack runs with, DATA_DIR among them. */
  env: NodeJS.ProcessEnv;
  /** Each subgraph's own /graphql, by name. */
  subgraphUrls: Record<string, string>;
  /** Distributed only: each subgraph's process environment, by name. */
  subgraphEnvs?: Record<string, NodeJS.ProcessEnv>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by shared-supergraph.ts when the project's mode can run here (supergraphAvailable). */
    supergraph?: SharedSupergraph;
  }
}

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
export type Mode = 'embedded' | 'distributed';
export const MODE: Mode = process.env['E2E_MODE'] === 'distributed' ? 'distributed' : 'embedded';

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

/** Each subgraph's port and the gateway's: a free one each. */
const ANY_PORTS = {
  ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_PORT`, '0'])),
  GATEWAY_PORT: '0',
};

/** Another embedded stack on the same SQLite files, its clock ahead. */
const startEmbeddedAhead = (env: NodeJS.ProcessEnv, minutes: number, logger: Logger) =>
  startEmbeddedStack({ ...env, ...ANY_PORTS, ...aheadOf(minutes) }, logger);

/** Whether this mode's services answer; under CI=true a missing one fails the suite instead. */
export async function supergraphAvailable(mode: Mode = MODE): Promise<boolean> {
  if (mode === 'embedded') return true;
  return (await mysqlAvailable()) && (await redisAvailable());
}

export interface SupergraphOptions {
  /** Variables every process gets on top of the suites' own (an SMTP server, a shorter claim). */
  env?: Record<string, string>;
  /** Distributed only: the Redis every process uses instead of TEST_REDIS_URL (a suite's own, to restart). */
  redisUrl?: string;
}

/** How this process looks after the processes of a stack it starts. */
interface Watching {
  /** Where their log lines go; nowhere without. */
  logs: LogCollector | undefined;
  /** How long each may take to answer /ready; waitReady's own limit without. */
  readyMs?: number;
}

/**
 * The shared stack's: were it not to start, vitest would run none of the e2e files (of either
 * project), so a loaded machine's slow boot is waited for as long as a file's own stack had
 * for its whole beforeAll (hookTimeout).
 */
const SHARED_READY_MS = 120_000;

/** What a stack started here hands over, and what only this process can do with it. */
interface Started extends Pick<Supergraph, 'gatewayAhead' | 'startGateway' | 'stopSubgraph' | 'killSubgraph' | 'stop'> {
  shared: SharedSupergraph;
}

/** A supergraph of this test file's own, in its project's mode. */
export async function startSupergraph(options: SupergraphOptions = {}): Promise<Supergraph> {
  const logs = new LogCollector();
  const { shared, ...own } = await start(MODE, options, { logs });
  return { ...reach(shared), ...own, logs: () => logs.lines };
}

/**
 * The supergraph the files of a project share (shared-supergraph.ts). It keeps no logs: no
 * test file could read them from the globalSetup's process, and a whole run's lines would
 * only pile up there.
 */
export async function startSharedSupergraph(mode: Mode): Promise<Pick<Started, 'shared' | 'stop'>> {
  const { shared, stop } = await start(mode, {}, { logs: undefined, readyMs: SHARED_READY_MS });
  return { shared, stop };
}

const refused = (what: string, why: string) => () => {
  throw new Error(
    `${what} is not for the supergraph the e2e files share: ${why}; start one of the file's own with useWorld({ own: true })`,
  );
};

/**
 * A test file's handle on the shared supergraph. What it starts itself (gateway replicas, a
 * stack or an appointments process ahead) runs in this worker and stops with `stop()`; what
 * would disturb the other files, or lives in the globalSetup's process, throws.
 */
export function attachSupergraph(shared: SharedSupergraph): Supergraph {
  const attached = { ...reach(shared), logs: refused('logs()', 'its logs stay in the process that started it') };
  if (shared.mode === 'embedded') {
    // Stacks ahead here open the shared stack's SQLite files from a second process: in WAL mode
    // each reads beside the other's writes, and a write waits out the other's (the busy timeout).
    const stacks: EmbeddedStack[] = [];
    const logger = createLogger({ name: 'stack', level: 'silent' });
    return {
      ...attached,
      async gatewayAhead(minutes) {
        const stack = await startEmbeddedAhead(shared.env, minutes, logger);
        stacks.push(stack);
        return stack.gatewayUrl;
      },
      async stop() {
        for (const stack of stacks.reverse()) await stack.stop();
      },
    };
  }
  const processes: Processes = {
    env: shared.env,
    urls: Object.fromEntries(Object.entries(shared.subgraphUrls).map(([name, url]) => [urlVariable(name), url])),
    envOf: shared.subgraphEnvs ?? {},
    children: [],
    logs: undefined,
  };
  const stopping = refused('Stopping a subgraph', 'the other files need it up');
  return {
    ...attached,
    startGateway: () => startGatewayProcess(processes),
    gatewayAhead: (minutes) => startGatewayAhead(processes, minutes),
    stopSubgraph: stopping,
    killSubgraph: stopping,
    async stop() {
      await Promise.all(processes.children.reverse().map(terminate));
    },
  };
}

/** What any process reaches of a stack from what it was handed. */
function reach(shared: SharedSupergraph): Omit<Supergraph, 'logs' | keyof Started> {
  const { mode, gatewayUrl, admin, jwtSecret, importDir, subgraphUrls, subgraphEnvs } = shared;
  return {
    mode,
    gatewayUrl,
    admin,
    jwtSecret,
    importDir,
    subgraphUrl: (name) => {
      const url = subgraphUrls[name];
      if (!url) throw new Error(`no subgraph ${name}`);
      return url;
    },
    ...(subgraphEnvs ? { envOf: (name: string) => ({ ...subgraphEnvs[name] }) } : {}),
  };
}

async function start(mode: Mode, options: SupergraphOptions, watching: Watching): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hospital-e2e-'));
  const env = { ...baseEnv(dataDir), ...options.env };
  const about = { admin: ADMIN, jwtSecret: TEST_JWT_SECRET, importDir: join(dataDir, 'imports'), env };
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  if (mode === 'embedded') {
    const { logs } = watching;
    const logger = logs
      ? createLogger({ name: 'stack', level: 'info' }, { write: (line: string) => logs.write(line) })
      : createLogger({ name: 'stack', level: 'silent' });
    const stack = await startEmbeddedStack({ ...env, ...ANY_PORTS }, logger);
    const stacks = [stack];
    const subgraphUrls = Object.fromEntries(stack.subgraphs.map(({ name, url }) => [name, url]));
    return {
      shared: { ...about, mode, gatewayUrl: stack.gatewayUrl, subgraphUrls },
      async gatewayAhead(minutes) {
        const ahead = await startEmbeddedAhead(env, minutes, logger);
        stacks.push(ahead);
        return ahead.gatewayUrl;
      },
      async stop() {
        for (const started of stacks.reverse()) await started.stop();
        removeData();
      },
    };
  }
  const distributed = { ...env, REDIS_URL: options.redisUrl ?? TEST_REDIS_URL };
  return startDistributed({ ...about, env: distributed }, watching, removeData);
}

/** Every service is started as its image starts it: behind the tracing preload, which does nothing unless OTEL_* asks. */
const TRACING_PRELOAD = pathToFileURL(join(ROOT, 'kit/dist/tracing/register.js')).href;

function serve(script: string, env: NodeJS.ProcessEnv, logs: LogCollector | undefined): ChildProcess {
  const child = spawn(process.execPath, ['--import', TRACING_PRELOAD, join(ROOT, script)], {
    env,
    stdio: ['ignore', logs ? 'pipe' : 'ignore', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => logs?.write(chunk));
  child.unref();
  return child;
}

/** A distributed stack's processes, and what starting one more beside them takes. */
interface Processes extends Watching {
  /** The variables every process runs with. */
  env: NodeJS.ProcessEnv;
  /** Each subgraph's `<NAME>_URL`, as every process is told them. */
  urls: Record<string, string>;
  /** Each subgraph's process environment, by name. */
  envOf: Record<string, NodeJS.ProcessEnv>;
  /** Every process started, to stop. */
  children: ChildProcess[];
}

const urlVariable = (name: string) => `${name.toUpperCase()}_URL`;

async function startGatewayProcess(processes: Processes, subgraphUrls = processes.urls): Promise<string> {
  const port = await freePort();
  const env = { ...processes.env, ...subgraphUrls, GATEWAY_PORT: String(port) };
  const gateway = serve('gateway/dist/index.js', env, processes.logs);
  processes.children.push(gateway);
  await waitReady(`http://127.0.0.1:${port}/ready`, gateway, processes.readyMs);
  return `http://127.0.0.1:${port}/graphql`;
}

/** Another appointments process on the same database, its clock ahead, and a gateway in front of it. */
async function startGatewayAhead(processes: Processes, minutes: number): Promise<string> {
  const port = await freePort();
  const env = { ...processes.envOf['appointments'], APPOINTMENTS_PORT: String(port), ...aheadOf(minutes) };
  const child = serve('subgraphs/appointments/dist/index.js', env, processes.logs);
  processes.children.push(child);
  await waitReady(`http://127.0.0.1:${port}/ready`, child, processes.readyMs);
  return startGatewayProcess(processes, { ...processes.urls, APPOINTMENTS_URL: `http://127.0.0.1:${port}/graphql` });
}

async function startDistributed(
  about: Pick<SharedSupergraph, 'admin' | 'jwtSecret' | 'importDir' | 'env'>,
  watching: Watching,
  removeData: () => void,
): Promise<Started> {
  const databases: TestDatabase[] = [];
  const processes: Processes = { ...watching, env: about.env, urls: {}, envOf: {}, children: [] };
  const stop = async () => {
    await Promise.all(processes.children.reverse().map(terminate));
    await Promise.all(databases.map((database) => database.drop()));
    removeData();
  };
  try {
    const { urls, envOf, children, logs, readyMs } = processes;
    const subgraphUrls: Record<string, string> = {};
    const processOf: Record<string, ChildProcess> = {};
    const serveSubgraph = async (name: string, port: number) => {
      const child = serve(`subgraphs/${name}/dist/index.js`, envOf[name] ?? {}, logs);
      children.push(child);
      processOf[name] = child;
      await waitReady(`http://127.0.0.1:${port}/ready`, child, readyMs);
    };
    // Every port is known before anything starts, so each subgraph is told where every other one
    // answers; then the nine are migrated and started side by side (one after another took ~33 s).
    const ports: Record<string, number> = {};
    for (const { name } of SUBGRAPHS) {
      const port = await freePort();
      ports[name] = port;
      subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
      urls[urlVariable(name)] = `http://127.0.0.1:${port}/graphql`;
    }
    let migrations = Promise.resolve();
    // Every subgraph settles before a failure is thrown: the clean-up must not run while
    // another one is still creating its database or starting its process.
    const started = await Promise.allSettled(
      SUBGRAPHS.map(async (module) => {
        const { name } = module;
        const database = await createTestDatabase(`e2e_${name}`);
        databases.push(database);
        const prefix = name.toUpperCase();
        const port = ports[name]!;
        envOf[name] = {
          ...about.env,
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
    const failed = started.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    const stopProcess = async (name: string, stopping: (child: ChildProcess) => Promise<void>) => {
      const child = processOf[name];
      const port = Number(envOf[name]?.[`${name.toUpperCase()}_PORT`]);
      if (!child || !port) throw new Error(`no subgraph ${name}`);
      await stopping(child);
      return () => serveSubgraph(name, port);
    };
    return {
      shared: {
        ...about,
        mode: 'distributed',
        gatewayUrl: await startGatewayProcess(processes),
        subgraphUrls,
        subgraphEnvs: envOf,
      },
      startGateway: () => startGatewayProcess(processes),
      gatewayAhead: (minutes) => startGatewayAhead(processes, minutes),
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
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
