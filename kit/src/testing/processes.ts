import { spawn, type ChildProcess } from 'node:child_process';
import { HARNESS_PORTS, portToName } from '../ports.js';
import { Redis } from 'ioredis';

/**
 * A port for a process this harness starts, chosen before it binds it: in a range of
 * its own, away from the ports other tests bind with 0 meanwhile (see kit ports.ts).
 */
export const freePort = (): Promise<number> => portToName(HARNESS_PORTS);

/** Resolves once `url` answers 2xx; rejects when `child` exits first or the time is up. */
export async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** SIGTERM, as an orchestrator sends it, then SIGKILL after 10 s; resolves once the process has exited. */
export function terminate(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A Redis server of a test's own: it can be stopped, emptied and started again without touching anyone else's. */
export interface OwnRedis {
  url: string;
  port: number;
  /** Starts it (again, empty: it keeps nothing on disk), resolving once it answers PING. */
  start(): Promise<void>;
  /** Stops it at once, as a crash would. */
  stop(): Promise<void>;
}

export function ownRedis(port: number): OwnRedis {
  let child: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    port,
    async start() {
      const server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      child = server;
      const deadline = Date.now() + 10_000;
      for (;;) {
        if (server.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${server.exitCode}`);
        const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on('error', () => {});
        try {
          await probe.connect();
          await probe.ping();
          return;
        } catch {
          if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not answer within 10 s`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        } finally {
          probe.disconnect();
        }
      }
    },
    async stop() {
      const server = child;
      child = undefined;
      if (!server || server.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGKILL');
      });
    },
  };
}
