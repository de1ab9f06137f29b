import { type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, terminate, waitReady } from '@hospital/kit/testing';
import { SUBGRAPHS } from '@hospital/stack';
import { createConnection } from 'mysql2/promise';
import type { BenchContext } from './context.js';
import { spawnOnStack } from './cores.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The supergraph under test. `distributed`: one OS process per subgraph and one
 * for the gateway, each subgraph on its own MariaDB database, events over Redis —
 * as docker-compose runs it. `embedded`: `pnpm start`'s single process on SQLite.
 * Either way every process runs on the stack cores and writes its JSON log to a
 * file of its own, which the bench reads back (statement counts) without paying
 * for it on the load core.
 */
export interface BenchStack {
  mode: 'distributed' | 'embedded';
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The process ids of the stack by name: the gateway and each subgraph, or the one embedded process. */
  pids: Record<string, number>;
  /** The log file of a process of `pids`. */
  logFile(name: string): string;
  /** schema/supergraph.graphql with the bench's subgraph URLs: what a peer gateway serves. */
  supergraphPath: string;
  jwtSecret: string;
  admin: { email: string; password: string };
  /** Another process on the stack cores (a peer gateway, a replica), stopped with the stack; resolves when ready. */
  serve(name: string, args: string[], env: NodeJS.ProcessEnv, readyUrl: string, cwd?: string): Promise<number>;
  /** Stops one extra process started by `serve`. */
  stopProcess(name: string): Promise<void>;
  /**
   * A gateway onto the same data whose appointments stand `minutes` later
   * (CLOCK_OFFSET_MINUTES, which production ignores, so these run as `test`):
   * a visit can be completed without waiting for it. Resolves with its URL.
   */
  startAhead(minutes: number): Promise<string>;
  /**
   * Another gateway (distributed only) with `overrides` on top of the stack's own
   * environment, on a port of its own, stopped with the stack. With `ownSubgraphs`,
   * it routes to another process of every subgraph, started alike on the same
   * databases (replicas, as a hospital would run them); without, to the stack's.
   * A figure that compares settings measures them side by side this way.
   */
  variant(
    name: string,
    overrides: NodeJS.ProcessEnv,
    options: { ownSubgraphs: boolean },
  ): Promise<{ gatewayUrl: string; pids: Record<string, number>; stop(): Promise<void> }>;
  stopAhead(): Promise<void>;
  /** Stops every process and drops the databases; `keepLogs` leaves the log files for a post-mortem. */
  stop(options?: { keepLogs?: boolean }): Promise<void>;
}

/**
 * Flags for every served process, to profile the stack under load:
 * BENCH_NODE_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/profiles' (Node refuses them in NODE_OPTIONS).
 */
const NODE_FLAGS = (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter(Boolean);

/** Up to 31 processes start on the stack's core (safetyCost), slower still when profiled. */
const READY_MS = 180_000;

const ADMIN = { email: 'bench-admin@bench.example', password: 'bench-admin-password' };

function run(ctx: BenchContext, script: string, env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = openSync(log, 'a');
    const child = spawnOnStack(ctx.cores, [join(ROOT, script)], { env, stdio: ['ignore', out, out] });
    closeSync(out);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}; see ${log}`))));
  });
}

/** The composed supergraph pointed at the bench's own subgraphs. */
function rewriteSupergraph(urls: Record<string, string>, path: string): void {
  const composed = readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8');
  const rewritten = composed.replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
  writeFileSync(path, rewritten);
}

export async function startStack(ctx: BenchContext, mode: 'distributed' | 'embedded'): Promise<BenchStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'hospital-bench-'));
  // Each run its own databases, so that two runs on one server never drop each other's tables.
  const runId = randomBytes(3).toString('hex');
  const databaseOf = (name: string) => `hospital_bench_${runId}_${name}`;
  const jwtSecret = randomBytes(32).toString('hex');
  const base: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    NODE_ENV: mode === 'distributed' ? 'production' : 'development',
    LOG_LEVEL: 'info',
    DATA_DIR: join(workDir, 'data'),
    JWT_SECRET: jwtSecret,
    CLINIC_TIMEZONE: 'Europe/Kyiv',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    MEDICAL_RECORDS_KEY: randomBytes(32).toString('base64'),
    EVENT_STREAM: `hospital:bench:${randomUUID()}`,
    // The limits stay on, so that their cost is measured, but no figure's load may trip them.
    RATE_LIMIT_PER_ADDRESS: '10000000',
    RATE_LIMIT_PER_USER: '10000000',
    SIGN_IN_PER_ADDRESS: '100000',
    WS_MAX_SOCKETS_PER_USER: '100000',
    // Three sets of subgraph processes at once (safetyCost) must fit in MariaDB's default
    // 151 connections; a booking calls other subgraphs before it takes a connection.
    DATABASE_POOL_SIZE: '5',
    ...(mode === 'distributed' ? { REDIS_URL: ctx.redisUrl } : {}),
  };
  const children = new Map<string, ChildProcess>();
  const databases: string[] = [];
  const logFile = (name: string) => join(workDir, `${name}.log`);

  /** How each process of the stack itself was started, to start variants of it alike. */
  const launches = new Map<string, { args: string[]; env: NodeJS.ProcessEnv; readyUrl: string }>();
  const serve = async (name: string, args: string[], env: NodeJS.ProcessEnv, readyUrl: string, cwd?: string) => {
    const out = openSync(logFile(name), 'a');
    const child = spawnOnStack(ctx.cores, [...NODE_FLAGS, ...args], { env, cwd, stdio: ['ignore', out, out] });
    closeSync(out);
    children.set(name, child);
    await waitReady(readyUrl, child, READY_MS);
    return child.pid ?? 0;
  };

  const dropDatabases = async () => {
    if (!databases.length) return;
    const admin = await createConnection({ uri: ctx.mysqlUrl });
    for (const database of databases) await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  };
  const stop = async (options: { keepLogs?: boolean } = {}) => {
    await Promise.all([...children.values()].reverse().map(terminate));
    children.clear();
    await dropDatabases();
    rmSync(options.keepLogs ? join(workDir, 'data') : workDir, { recursive: true, force: true });
    if (options.keepLogs) ctx.log(`logs kept in ${workDir}`);
  };

  try {
    const ports = Object.fromEntries(
      await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await freePort()] as const)),
    );
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [name, `http://127.0.0.1:${ports[name]}/graphql`]),
    );
    const urlEnv = Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_URL`, subgraphUrls[name]]));
    const portEnv = Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_PORT`, String(ports[name])]),
    );
    const databaseEnv = Object.fromEntries(
      SUBGRAPHS.map(({ name }) => {
        const url = new URL(ctx.mysqlUrl);
        url.pathname = `/${databaseOf(name)}`;
        return [`${name.toUpperCase()}_DATABASE_URL`, url.toString()];
      }),
    );
    const gatewayPort = await freePort();
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    const pids: Record<string, number> = {};
    if (mode === 'embedded') {
      const env = { ...base, ...portEnv, GATEWAY_PORT: String(gatewayPort) };
      pids['embedded'] = await serve(
        'embedded',
        [join(ROOT, 'stack/dist/embedded.js')],
        env,
        `http://127.0.0.1:${gatewayPort}/ready`,
      );
    } else {
      const admin = await createConnection({ uri: ctx.mysqlUrl });
      for (const { name } of SUBGRAPHS) {
        const database = databaseOf(name);
        await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
        await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        databases.push(database);
      }
      await admin.end();
      const envOf = (name: string) => {
        const prefix = name.toUpperCase();
        return {
          ...base,
          ...urlEnv,
          [`${prefix}_DATABASE_URL`]: databaseEnv[`${prefix}_DATABASE_URL`],
          [`${prefix}_PORT`]: String(ports[name]),
        };
      };
      // Each subgraph has a database of its own: their migrations can all run at once.
      await Promise.all(
        SUBGRAPHS.map(({ name }) => run(ctx, `subgraphs/${name}/dist/migrate.js`, envOf(name), logFile(name))),
      );
      // Every URL is known before anything starts, so the subgraphs start side by side.
      // As the images run them: with the tracing preload, which does nothing until an OTLP endpoint is set.
      const tracing = ['--import', join(ROOT, 'kit/dist/tracing/register.js')];
      for (const { name } of SUBGRAPHS) {
        launches.set(name, {
          args: [...tracing, join(ROOT, `subgraphs/${name}/dist/index.js`)],
          env: envOf(name),
          readyUrl: `http://127.0.0.1:${ports[name]}/ready`,
        });
      }
      launches.set('gateway', {
        args: [...tracing, join(ROOT, 'gateway/dist/index.js')],
        env: { ...base, ...urlEnv, GATEWAY_PORT: String(gatewayPort) },
        readyUrl: `http://127.0.0.1:${gatewayPort}/ready`,
      });
      const start = async (name: string) => {
        const { args, env, readyUrl } = launches.get(name)!;
        pids[name] = await serve(name, args, env, readyUrl);
      };
      await Promise.all(SUBGRAPHS.map(({ name }) => start(name)));
      await start('gateway');
    }
    const stopProcess = async (name: string) => {
      const child = children.get(name);
      if (child) await terminate(child);
      children.delete(name);
    };
    const supergraphPath = join(workDir, 'supergraph.graphql');
    rewriteSupergraph(subgraphUrls, supergraphPath);
    ctx.log(`stack (${mode}) up: gateway ${gatewayUrl}, logs in ${workDir}`);
    return {
      mode,
      gatewayUrl,
      subgraphUrls,
      pids,
      logFile,
      supergraphPath,
      jwtSecret,
      admin: ADMIN,
      serve,
      stopProcess,
      async startAhead(minutes) {
        const ahead = { ...base, NODE_ENV: 'test', CLOCK_OFFSET_MINUTES: String(minutes) };
        const port = await freePort();
        if (mode === 'embedded') {
          const ports = Object.fromEntries(
            await Promise.all(
              SUBGRAPHS.map(async ({ name }) => [`${name.toUpperCase()}_PORT`, String(await freePort())]),
            ),
          );
          const env = { ...ahead, ...ports, GATEWAY_PORT: String(port) };
          await serve('ahead', [join(ROOT, 'stack/dist/embedded.js')], env, `http://127.0.0.1:${port}/ready`);
          return `http://127.0.0.1:${port}/graphql`;
        }
        const appointmentsPort = await freePort();
        const appointments = { ...ahead, ...urlEnv, ...databaseEnv, APPOINTMENTS_PORT: String(appointmentsPort) };
        await serve(
          'appointments-ahead',
          [join(ROOT, 'subgraphs/appointments/dist/index.js')],
          appointments,
          `http://127.0.0.1:${appointmentsPort}/ready`,
        );
        const gateway = {
          ...ahead,
          ...urlEnv,
          GATEWAY_PORT: String(port),
          APPOINTMENTS_URL: `http://127.0.0.1:${appointmentsPort}/graphql`,
        };
        await serve('gateway-ahead', [join(ROOT, 'gateway/dist/index.js')], gateway, `http://127.0.0.1:${port}/ready`);
        return `http://127.0.0.1:${port}/graphql`;
      },
      async variant(name, overrides, { ownSubgraphs }) {
        if (mode === 'embedded') throw new Error('a variant is a gateway and subgraphs of their own processes');
        const pidsOf: Record<string, number> = {};
        const urls: Record<string, string> = {};
        const own = [
          `${name}-gateway`,
          ...(ownSubgraphs ? SUBGRAPHS.map((subgraph) => `${name}-${subgraph.name}`) : []),
        ];
        if (ownSubgraphs) {
          const subgraphPorts = Object.fromEntries(
            await Promise.all(SUBGRAPHS.map(async ({ name: subgraph }) => [subgraph, await freePort()] as const)),
          );
          for (const { name: subgraph } of SUBGRAPHS) {
            urls[`${subgraph.toUpperCase()}_URL`] = `http://127.0.0.1:${subgraphPorts[subgraph]}/graphql`;
          }
          await Promise.all(
            SUBGRAPHS.map(async ({ name: subgraph }) => {
              const { args, env } = launches.get(subgraph)!;
              const port = String(subgraphPorts[subgraph]);
              pidsOf[subgraph] = await serve(
                `${name}-${subgraph}`,
                args,
                { ...env, ...urls, [`${subgraph.toUpperCase()}_PORT`]: port, ...overrides },
                `http://127.0.0.1:${port}/ready`,
              );
            }),
          );
        } else {
          for (const { name: subgraph } of SUBGRAPHS) pidsOf[subgraph] = pids[subgraph]!;
        }
        const { args, env } = launches.get('gateway')!;
        const port = await freePort();
        pidsOf['gateway'] = await serve(
          `${name}-gateway`,
          args,
          { ...env, ...urls, GATEWAY_PORT: String(port), ...overrides },
          `http://127.0.0.1:${port}/ready`,
        );
        return {
          gatewayUrl: `http://127.0.0.1:${port}/graphql`,
          pids: pidsOf,
          stop: async () => {
            for (const child of own) await stopProcess(child);
          },
        };
      },
      async stopAhead() {
        for (const name of ['gateway-ahead', 'appointments-ahead', 'ahead']) await stopProcess(name);
      },
      stop,
    };
  } catch (error) {
    await stop({ keepLogs: true });
    throw error;
  }
}
