import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { CatalogDocument, request, SignInDocument } from '@hospital/client';
import { SUBGRAPHS } from '@hospital/stack';
import type { BenchContext } from '../context.js';
import { spawnOnStack } from '../cores.js';
import type { Figure } from '../report.js';
import { freePort } from '@hospital/kit/testing';
import { ROOT } from '../stack.js';
import { spreadOf, spreads } from '../stats.js';

const MAX_SECONDS = 10;
const POLL_MS = 15;
const GIVE_UP_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const REQUEST_TIMEOUT_MS = 5_000;
const EMBEDDED = join(ROOT, 'stack/dist/embedded.js');
/** embedded.ts prints this last, once the demo data is in. */
const BANNER_END = 'Press Ctrl+C to stop.';
const ADMIN = { email: 'cold-start@bench.example', password: 'cold-start-password' };
/** In the order the embedded stack starts them: each subgraph, then the gateway. */
const SERVERS = [...SUBGRAPHS.map(({ name }) => name), 'gateway'];

/** Seconds after the spawn at which each thing happened, in one start. */
interface Start {
  answered: number;
  seeded: number;
  listening: Record<string, number>;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Whether the supergraph answers a client: every query of it needs a token, so the
 * probe signs the bootstrap administrator in (accounts) and asks for the catalogue
 * (doctors) with the token it got, as a frontend's first screen would.
 */
async function answers(gatewayUrl: string): Promise<boolean> {
  try {
    const signedIn = await request(gatewayUrl, SignInDocument, ADMIN, { timeoutMs: REQUEST_TIMEOUT_MS });
    const token = signedIn.data?.signIn.token;
    if (!token || signedIn.errors?.length) return false;
    const catalog = await request(gatewayUrl, CatalogDocument, {}, { token, timeoutMs: REQUEST_TIMEOUT_MS });
    return Boolean(catalog.data) && !catalog.errors?.length;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(kill);
}

/**
 * One start from nothing: a new DATA_DIR (SQLite files, migrations, the JWT secret
 * all made afresh) and ports of its own. Only the variables the embedded default
 * reads are passed on, so that a database URL or Redis set for the rest of the
 * bench cannot turn it into something else.
 */
async function startOnce(ctx: BenchContext): Promise<Start> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hospital-cold-start-'));
  let child: ChildProcess | undefined;
  try {
    const ports = Object.fromEntries(await Promise.all(SERVERS.map(async (name) => [name, await freePort()] as const)));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      ...Object.fromEntries(SERVERS.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])])),
    };
    const gatewayUrl = `http://127.0.0.1:${ports['gateway']}/graphql`;

    const started = performance.now();
    const since = () => (performance.now() - started) / 1000;
    child = spawnOnStack(ctx.cores, [EMBEDDED], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });

    let seeded: number | undefined;
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (seeded === undefined && stdout.includes(BANNER_END)) seeded = since();
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4_000);
    });
    let ended: string | undefined;
    child.once('exit', (code, signal) => {
      ended = `exited with ${signal ?? code}`;
    });
    child.once('error', (error) => {
      ended = `failed: ${error.message}`;
    });

    const listening: Record<string, number> = {};
    let answered: number | undefined;
    while (answered === undefined || seeded === undefined) {
      if (ended) throw new Error(`the embedded stack ${ended} after ${since().toFixed(1)} s:\n${stderr}`);
      if (since() * 1000 > GIVE_UP_MS) {
        const missing = answered === undefined ? 'answer' : 'banner';
        throw new Error(`the embedded stack gave no ${missing} in ${GIVE_UP_MS / 1000} s:\n${stderr}`);
      }
      await Promise.all(
        SERVERS.filter((name) => listening[name] === undefined).map(async (name) => {
          if (await accepts(ports[name] ?? 0)) listening[name] = since();
        }),
      );
      if (answered === undefined && listening['gateway'] !== undefined && (await answers(gatewayUrl))) {
        answered = since();
      } else {
        await sleep(POLL_MS);
      }
    }
    return { answered, seeded, listening };
  } finally {
    if (child) await stop(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

const inSeconds = (value: number) => `${value.toFixed(1)} s`;

/** Cold start of the embedded default: process start to the first answered query. */
export async function coldStartFigure(ctx: BenchContext): Promise<Figure> {
  const starts: Start[] = [];
  for (let rep = 1; rep <= ctx.reps; rep += 1) {
    const start = await startOnce(ctx);
    ctx.log(`coldStart: run ${rep}/${ctx.reps} answered after ${start.answered.toFixed(2)} s`);
    starts.push(start);
  }
  const timings = spreads(
    starts.map(({ answered, seeded, listening }) => ({
      answered,
      seeded,
      gateway: listening['gateway'] ?? Number.NaN,
    })),
  );
  const seconds = timings.answered;
  const medians = SERVERS.map((name) => ({
    name,
    at: spreadOf(starts.map((start) => start.listening[name] ?? Number.NaN)).median,
  }));
  // What each server added to the start; the first one also carries node and the loading of every module.
  const steps = medians.map(({ name, at }, i) => ({ name, seconds: at - (medians[i - 1]?.at ?? 0) }));
  const [first = { name: '', seconds: Number.NaN }, ...later] = steps;
  const slowest = later.reduce((a, b) => (b.seconds > a.seconds ? b : a));

  return {
    key: 'coldStart',
    title: 'Cold start of the whole stack on the embedded default, process start to the first answered query',
    goal: { text: `≤ ${MAX_SECONDS} s from process start to the first answered query`, maxSeconds: MAX_SECONDS },
    met: seconds.median <= MAX_SECONDS,
    headline: `${inSeconds(seconds.median)} (${seconds.min.toFixed(1)}–${seconds.max.toFixed(1)})`,
    measured: {
      seconds,
      gatewayListeningSeconds: timings.gateway,
      seededSeconds: timings.seeded,
      listeningSeconds: Object.fromEntries(medians.map(({ name, at }) => [name, at])),
      cores: ctx.cores.pinned ? ctx.cores.stack : 'not pinned',
    },
    notes: [
      `Medians: node up, every module loaded and ${first.name} listening at ${inSeconds(first.seconds)}; then ` +
        'the other subgraphs one after another, each building its schema and migrating a new SQLite file, and ' +
        `the gateway, listening at ${inSeconds(timings.gateway.median)}; the slowest of those steps ` +
        `${slowest.name} (${inSeconds(slowest.seconds)}).`,
      'No query of the supergraph answers without a token, so the first query is a sign-in of the bootstrap ' +
        'administrator (an argon2 verification) followed by the catalogue with its token; the time is the ' +
        "catalogue's answer, polled every 15 ms from the spawn.",
      `The demo data is seeded after that (${inSeconds(timings.seeded.median)} from the spawn); it is not part of the figure.`,
      `The stack ran on ${ctx.cores.pinned ? `cores ${ctx.cores.stack}` : 'any core (not pinned)'}, reading ` +
        'node_modules from the page cache: a first start after a reboot reads them from disk too.',
    ],
  };
}
