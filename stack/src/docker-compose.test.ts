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

const SECRETS: Record<string, string> = {
  JWT_SECRET: 'x'.repeat(48),
  MEDICAL_RECORDS_KEY: Buffer.alloc(32, 1).toString('base64'),
  BOOTSTRAP_ADMIN_EMAIL: 'admin@hospital.example',
  BOOTSTRAP_ADMIN_PASSWORD: 'a long admin password',
  MYSQL_ROOT_PASSWORD: 'root-password',
  REDIS_PASSWORD: 'redis-password',
  AUDIT_OWNER_DB_PASSWORD: 'audit-owner-password',
  ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_DB_PASSWORD`, `${name}-password`])),
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

  it('writes no password of its own: each comes from the environment, Redis included', () => {
    const { stdout } = config(SECRETS);
    expect(stdout).not.toContain('dev-password');
    for (const { name } of SUBGRAPHS) {
      expect(stdout).toContain(`mysql://${name}:${name}-password@mysql:3306/hospital_${name}`);
    }
    expect(stdout).toContain('mysql://audit_owner:audit-owner-password@mysql:3306/hospital_audit');
    expect(stdout).toContain('REDIS_URL: redis://:redis-password@redis:6379');
    expect(stdout).toMatch(/--requirepass\s+- redis-password/);
    expect(stdout).toMatch(/--appendonly\s+- "?yes"?/);
    expect(stdout).toContain('/docker-entrypoint-initdb.d/init.sh');
  });

  it('limits the CPU and memory of every container', () => {
    const { stdout } = config(SECRETS);
    const services = 3 + SUBGRAPHS.length * 2;
    expect(stdout.match(/^\s+limits:$/gm)).toHaveLength(services);
    expect(stdout.match(/^\s+cpus: /gm)).toHaveLength(services);
  });

  it.each(['JWT_SECRET', 'REDIS_PASSWORD', 'ACCOUNTS_DB_PASSWORD', 'AUDIT_OWNER_DB_PASSWORD'])(
    'refuses to start while a secret is missing: %s',
    (secret) => {
      const { [secret]: _missing, ...rest } = SECRETS;
      const result = config(rest);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(secret);
    },
  );
});
