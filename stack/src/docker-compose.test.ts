import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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

interface ComposeService {
  image?: string;
  build?: { target?: string };
  command?: string[];
}

/** The Dockerfile's stages: `FROM <image> AS <name>`. */
const DOCKERFILE = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const STAGES = [...DOCKERFILE.matchAll(/^FROM (\S+) AS (\S+)$/gm)].map(([, from, name]) => ({ from, name }));
const TARGETS = STAGES.map(({ name }) => name);

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

  it("runs each service in its own image, built from the Dockerfile's target of that name", () => {
    const { services } = parse(config(SECRETS).stdout) as { services: Record<string, ComposeService> };
    const expected: [service: string, image: string, command: string[]][] = [
      ['gateway', 'gateway', ['node', 'dist/index.js']],
      ...SUBGRAPHS.flatMap(({ name }): [string, string, string[]][] => [
        [name, name, ['node', 'dist/index.js']],
        // A migration runs in its subgraph's image: the same code, the same release.
        [`migrate-${name}`, name, ['node', 'dist/migrate.js']],
      ]),
    ];
    for (const [service, image, command] of expected) {
      expect(services[service]?.image, service).toBe(`hospital-supergraph/${image}:local`);
      expect(services[service]?.build?.target, service).toBe(image);
      expect(TARGETS, `Dockerfile target ${image}`).toContain(image);
      expect(services[service]?.command, service).toEqual(command);
    }
    const apps = Object.entries(services).filter(([, service]) => service.build);
    expect(apps.map(([name]) => name).sort()).toEqual(expected.map(([name]) => name).sort());
  });

  it('names the images after HOSPITAL_IMAGE_PREFIX and HOSPITAL_IMAGE_TAG when they are given', () => {
    const env = {
      ...SECRETS,
      HOSPITAL_IMAGE_PREFIX: 'registry.hospital.example/supergraph',
      HOSPITAL_IMAGE_TAG: '1.4.2',
    };
    const { services } = parse(config(env).stdout) as { services: Record<string, ComposeService> };
    expect(services['gateway']?.image).toBe('registry.hospital.example/supergraph/gateway:1.4.2');
    expect(services['migrate-audit']?.image).toBe('registry.hospital.example/supergraph/audit:1.4.2');
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

describe('Dockerfile', () => {
  const services = ['gateway', 'embedded', ...SUBGRAPHS.map(({ name }) => name)];
  /** The instructions of one stage, from its FROM to the next. */
  const stage = (name: string): string => {
    const start = DOCKERFILE.search(new RegExp(`^FROM \\S+ AS ${name}$`, 'm'));
    const rest = DOCKERFILE.slice(start + 1);
    const end = rest.search(/^FROM /m);
    return end === -1 ? rest : rest.slice(0, end);
  };

  it('has a target for each service, on the shared non-root runtime, with only its deployed folder', () => {
    expect(stage('runtime')).toMatch(/^USER node$/m);
    expect(stage('runtime')).toMatch(/^WORKDIR \/app$/m);
    expect(STAGES.find(({ name }) => name === 'runtime')?.from).toBe('${NODE_IMAGE}');
    expect(DOCKERFILE).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
    for (const service of services) {
      expect(STAGES.find(({ name }) => name === service)?.from, service).toBe('runtime');
      const copies = stage(service).match(/^COPY .*$/gm);
      expect(copies, service).toEqual([`COPY --from=build /out/${service} /app`]);
      expect(stage(service), service).not.toMatch(/^(USER|RUN) /m);
    }
    // Without --target: the gateway, as before.
    expect(STAGES.at(-1)?.name).toBe('gateway');
  });

  it('deploys every service with `pnpm deploy --prod` (stack/src/images.int.test.ts runs the same)', () => {
    expect(stage('build')).toContain('deploy --prod --offline');
    expect(stage('build')).toContain('deploy gateway gateway');
    expect(stage('build')).toContain('for dir in subgraphs/*/');
    expect(stage('build')).toContain('deploy stack embedded');
  });

  it('starts a subgraph, the gateway and the embedded stack by their entrypoints, behind the tracing preload', () => {
    expect(stage('runtime')).toContain('CMD ["node", "dist/index.js"]');
    // stack/src/images.int.test.ts starts a deployed folder with these options and sees its spans.
    expect(stage('runtime')).toContain('NODE_OPTIONS="--import @hospital/kit/tracing/register"');
    expect(stage('embedded')).toContain('CMD ["node", "dist/embedded.js"]');
    for (const name of ['gateway', 'embedded']) {
      expect(stage(name), name).toContain('SUPERGRAPH_PATH=/app/supergraph.graphql');
    }
  });
});
