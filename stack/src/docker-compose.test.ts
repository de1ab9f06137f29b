import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from './subgraphs.js';

/**
 * No Docker engine runs where the tests run, but the compose file can still be
 * checked: `docker compose config` resolves it without an engine.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPOSE = [
  ['docker', ['compose']],
  ['docker-compose', []],
] as const;
const compose = COMPOSE.find(
  ([command, args]) => spawnSync(command, [...args, 'version'], { encoding: 'utf8' }).status === 0,
);

const SECRETS = {
  JWT_SECRET: 'x'.repeat(48),
  MEDICAL_RECORDS_KEY: Buffer.alloc(32, 1).toString('base64'),
  BOOTSTRAP_ADMIN_EMAIL: 'admin@hospital.example',
  BOOTSTRAP_ADMIN_PASSWORD: 'a long admin password',
  MYSQL_ROOT_PASSWORD: 'root-password',
};

// An empty env file, so that a developer's own .env does not answer for the test.
const noEnvFile = join(mkdtempSync(join(tmpdir(), 'compose-')), '.env');
writeFileSync(noEnvFile, '');

function config(env: Record<string, string>) {
  const [command, args] = compose!;
  return spawnSync(command, [...args, '--env-file', noEnvFile, 'config'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], ...env },
  });
}

describe.runIf(compose)('docker-compose.yml', () => {
  it('resolves every service of the supergraph when the secrets are given', () => {
    const result = config(SECRETS);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const subgraphs = SUBGRAPHS.flatMap(({ name }) => [name, `migrate-${name}`]);
    for (const service of ['mysql', 'redis', 'gateway', ...subgraphs]) {
      expect(result.stdout).toContain(`  ${service}:`);
    }
    for (const { name, port } of SUBGRAPHS) {
      expect(result.stdout).toContain(`${name.toUpperCase()}_URL: http://${name}:${port}/graphql`);
      // Services listen on 127.0.0.1 by default; in a container the gateway must reach them.
      expect(result.stdout).toContain(`${name.toUpperCase()}_HOST: 0.0.0.0`);
    }
    expect(result.stdout).toContain('GATEWAY_HOST: 0.0.0.0');
  });

  it('refuses to start while a secret is missing', () => {
    const { JWT_SECRET: _missing, ...rest } = SECRETS;
    const result = config(rest);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('JWT_SECRET');
  });
});
