import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from '@hospital/kit/testing';
import { ROOT, type BenchStack } from './stack.js';

export interface PeerGateway {
  url: string;
  version: string;
  pid: number;
  stop(): Promise<void>;
}

const PEER = 'hive-gateway';

/**
 * Hive Gateway (bench's dev dependency) serving the same composed supergraph,
 * pointed at the same running subgraphs, on the stack cores like our gateway.
 */
export async function startPeerGateway(stack: BenchStack): Promise<PeerGateway> {
  const require = createRequire(join(ROOT, 'bench/package.json'));
  const manifest = require.resolve('@graphql-hive/gateway/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const bin = join(dirname(manifest), 'dist/bin.js');
  const port = await freePort();
  const pid = await stack.serve(
    PEER,
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
    { PATH: process.env['PATH'], NODE_ENV: 'production' },
    `http://127.0.0.1:${port}/readiness`,
    join(ROOT, 'bench/peer'),
  );
  return { url: `http://127.0.0.1:${port}/graphql`, version, pid, stop: () => stack.stopProcess(PEER) };
}
