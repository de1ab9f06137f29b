import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from '@hospital/kit/testing';
import { ROOT, type BenchStack } from './stack.js';

export interface PeerGateway {
  /** What the report calls it. */
  name: string;
  url: string;
  version: string;
  pid: number;
  stop(): Promise<void>;
}

/** The peers: Hive Gateway as it comes, and with Hive Router's query planner (Rust, a native addon). */
export const PEERS = {
  hive: { name: 'Hive Gateway', process: 'hive-gateway', env: {} },
  hiveRust: {
    name: 'Hive Gateway + Rust query planner',
    process: 'hive-gateway-rust',
    // Hive Gateway loads @graphql-hive/router-runtime (bench's dev dependency) when this is set.
    env: { HIVE_ROUTER_RUNTIME: 'true' },
  },
} as const;

export type PeerKey = keyof typeof PEERS;

/**
 * Hive Gateway (bench's dev dependency) serving the same composed supergraph,
 * pointed at the same running subgraphs, on the stack cores like our gateway.
 */
export async function startPeerGateway(stack: BenchStack, key: PeerKey): Promise<PeerGateway> {
  const peer = PEERS[key];
  const require = createRequire(join(ROOT, 'bench/package.json'));
  const manifest = require.resolve('@graphql-hive/gateway/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const bin = join(dirname(manifest), 'dist/bin.js');
  const port = await freePort();
  const pid = await stack.serve(
    peer.process,
    [
      bin,
      'supergraph',
      stack.supergraphPath,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--config-path',
      join(ROOT, 'bench/peer/gateway.config.mjs'),
    ],
    { PATH: process.env['PATH'], NODE_ENV: 'production', ...peer.env },
    `http://127.0.0.1:${port}/readiness`,
    join(ROOT, 'bench/peer'),
  );
  return {
    name: peer.name,
    url: `http://127.0.0.1:${port}/graphql`,
    version,
    pid,
    stop: () => stack.stopProcess(peer.process),
  };
}
