import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGatewayConfig } from '@hospital/gateway';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from './subgraphs.js';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const PER_SUBGRAPH = new RegExp(
  `^(${SUBGRAPHS.map(({ name }) => name.toUpperCase()).join('|')})_(DATABASE_URL|PORT|HOST)$`,
);

/** Secrets given, so that no loader makes one under DATA_DIR. */
const GIVEN: Record<string, string> = {
  JWT_SECRET: 'a-secret-that-is-long-enough-for-hs256-signing',
  MEDICAL_RECORDS_KEY: Buffer.alloc(32, 1).toString('base64'),
};

/** Every variable a process's configuration reads: its loader is handed an environment that notes each name asked for. */
function variablesRead(load: (env: NodeJS.ProcessEnv) => unknown): Set<string> {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      read.add(name);
      return GIVEN[name];
    },
  });
  load(env);
  return read;
}

describe("the README's configuration table", () => {
  it('lists every variable the gateway and the subgraphs read', () => {
    const read = new Set([
      ...variablesRead((env) => loadGatewayConfig(env)),
      ...SUBGRAPHS.flatMap(({ loadConfig }) => [...variablesRead((env) => loadConfig(env))]),
    ]);
    const missing = [...read]
      .map((name) => (PER_SUBGRAPH.test(name) ? name.replace(PER_SUBGRAPH, '<NAME>_$2') : name))
      .filter((name) => !README.includes(`\`${name}\``));
    expect(read.size).toBeGreaterThan(40);
    expect([...new Set(missing)]).toEqual([]);
  });
});
