import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTestDatabase,
  eventually,
  freePort,
  graphqlRequest,
  mysqlAvailable,
  startOtlpReceiver,
  subgraphTestEnv,
  terminate,
  TEST_JWT_SECRET,
  waitReady,
  type TestDatabase,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the Dockerfile puts into a service's image: the folder `pnpm deploy --prod`
 * makes of it. No Docker engine runs here, so the same deploy runs into a
 * temporary folder, which is searched for what must not ship and then started
 * the way the image starts it (`node dist/index.js`, `node dist/migrate.js`).
 * Uses the built dist/ folders: `pnpm build` first.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The options every image's node starts with (the tracing preload), as the Dockerfile sets them. */
const IMAGE_NODE_OPTIONS =
  /^\s*NODE_OPTIONS="([^"]+)"/m.exec(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))?.[1] ?? '';
const mysql = await mysqlAvailable();

/** The deploy of the Dockerfile's build stage, into `dir`. */
function deploy(project: string, dir: string): Promise<void> {
  const child = spawn('pnpm', ['--filter', `@hospital/${project}`, 'deploy', '--prod', '--offline', dir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm deploy of ${project} exited with ${code}:\n${output}`)),
    );
  });
}

interface Entry {
  path: string;
  kind: 'file' | 'dir' | 'link';
}

/** Every file, folder and link under `root`, links not followed. */
function walk(root: string): Entry[] {
  const entries: Entry[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'file';
      entries.push({ path, kind });
      if (kind === 'dir') visit(path);
    }
  };
  visit(root);
  return entries;
}

/** The workspace packages in a deployed folder (kit, client, …): name -> their folder. */
function workspacePackages(root: string): Map<string, string> {
  const store = join(root, 'node_modules', '.pnpm');
  const packages = new Map<string, string>();
  for (const entry of readdirSync(store).filter((name) => name.startsWith('@hospital+'))) {
    const scope = join(store, entry, 'node_modules', '@hospital');
    for (const name of readdirSync(scope)) {
      if (!lstatSync(join(scope, name)).isSymbolicLink()) packages.set(name, join(scope, name));
    }
  }
  return packages;
}

function sizeOf(dir: string): string {
  const du = (...flags: string[]) =>
    spawnSync('du', ['-sh', ...flags, dir], { encoding: 'utf8' }).stdout.split('\t')[0];
  return `${du()} on disk, ${du('--apparent-size')} of content`;
}

/** The package an entry is, if it is one: node_modules/[@scope/]<name>, or .pnpm/<name>@<version>. */
function packageAt(path: string): string | undefined {
  const [grandparent, parent, name] = path.split(sep).slice(-3) as [string, string, string];
  if (parent === 'node_modules') return name;
  if (grandparent === 'node_modules' && parent.startsWith('@')) return `${parent}/${name}`;
  if (parent === '.pnpm') return /^(@?[^@]+)@/.exec(name)?.[1]?.replace('+', '/');
  return undefined;
}

/** Test and build tools, and the SQLite driver: none may be in an image. */
const NOT_SHIPPED = /^(better-sqlite3|vitest|typescript|eslint|@swc\/core|unplugin-swc|autocannon|smtp-server)$/;

/** What may not be in an image, wherever it is. */
function forbidden(entries: Entry[], root: string): string[] {
  const found: string[] = [];
  for (const { path, kind } of entries) {
    const where = relative(root, path);
    const pkg = packageAt(path);
    if ((pkg && NOT_SHIPPED.test(pkg)) || path.endsWith(`${sep}better_sqlite3.node`)) found.push(where);
    if (pkg && /^@hospital\/(bench|e2e|stack)$/.test(pkg)) found.push(where);
    if (kind === 'link' && !realpathSync(path).startsWith(root + sep)) found.push(`${where} -> outside`);
  }
  return found;
}

describe('the images: `pnpm deploy --prod` of a service, as the Dockerfile runs it', () => {
  const work = mkdtempSync(join(tmpdir(), 'hospital-images-'));
  const feedback = join(work, 'feedback');
  const gateway = join(work, 'gateway');
  const sizes: string[] = [];

  beforeAll(async () => {
    for (const dir of ['subgraphs/feedback', 'gateway', 'kit', 'client']) {
      if (!existsSync(join(ROOT, dir, 'dist'))) throw new Error(`${dir}/dist is missing: run pnpm build first`);
    }
    await Promise.all([deploy('feedback', feedback), deploy('gateway', gateway)]);
    // As the Dockerfile does: the composed supergraph beside the gateway.
    copyFileSync(join(ROOT, 'schema', 'supergraph.graphql'), join(gateway, 'supergraph.graphql'));
    sizes.push(`feedback ${sizeOf(feedback)}`, `gateway ${sizeOf(gateway)}`);
  }, 60_000);

  afterAll(() => {
    if (sizes.length) process.stderr.write(`deployed folders: ${sizes.join('; ')}\n`);
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['feedback', () => feedback, ['client', 'kit']],
    ['gateway', () => gateway, ['client', 'kit']],
  ])('%s: its dist, its package.json and its production dependencies, nothing else', (_name, dir, workspace) => {
    const root = dir();
    const entries = walk(root);
    expect(forbidden(entries, root)).toEqual([]);
    // Itself and each workspace package it uses: dist/ and package.json (and a README,
    // which packing always keeps), then their dependencies. The deploy's own lockfile
    // stays, for the scanners that read an image's packages from it.
    const packages = workspacePackages(root);
    expect([...packages.keys()].sort()).toEqual(workspace);
    const besides = ['node_modules', 'README.md', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'supergraph.graphql'];
    for (const [name, folder] of [['.', root] as const, ...packages]) {
      const own = readdirSync(folder).filter((entry) => !besides.includes(entry));
      expect(own.sort(), name).toEqual(['dist', 'package.json']);
      const built = walk(join(folder, 'dist')).map(({ path }) => relative(folder, path));
      expect(built.length, name).toBeGreaterThan(0);
      expect(
        built.filter((path) => /\.(test|fixture|testing)\.|\.d\.ts|tsbuildinfo|(^|\/)testing(\/|$)/.test(path)),
        name,
      ).toEqual([]);
    }
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys((manifest['devDependencies'] as object | undefined) ?? {})).toEqual([]);
  });

  it('fails at once, saying so in one line, when a subgraph has no database URL: its image has no SQLite', () => {
    const dataDir = join(work, 'data');
    const { FEEDBACK_DATABASE_URL: _none, ...env } = subgraphTestEnv('feedback', '', { DATA_DIR: dataDir });
    const result = spawnSync('node', ['dist/index.js'], {
      cwd: feedback,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'], ...env },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    const problem = result.stderr.split('\n').find((line) => line.includes('FEEDBACK_DATABASE_URL'));
    expect(problem).toMatch(/FEEDBACK_DATABASE_URL: not set, .*better-sqlite3.*mysql:\/\//);
  });

  it('the gateway starts from its folder and answers /health', async () => {
    const port = await freePort();
    const child = spawn('node', ['dist/index.js'], {
      cwd: gateway,
      stdio: 'ignore',
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        JWT_SECRET: TEST_JWT_SECRET,
        GATEWAY_PORT: String(port),
        SUPERGRAPH_PATH: join(gateway, 'supergraph.graphql'),
      },
    });
    try {
      await waitReady(`http://127.0.0.1:${port}/health`, child, 25_000);
    } finally {
      await terminate(child);
    }
  });

  describe.runIf(mysql)('on MariaDB', () => {
    let database: TestDatabase;
    const env = () => ({
      PATH: process.env['PATH'],
      ...subgraphTestEnv('feedback', database.url, { LOG_LEVEL: 'info' }),
    });

    beforeAll(async () => {
      database = await createTestDatabase('images');
    });

    afterAll(async () => {
      await database?.drop();
    });

    it('runs its migrations from the same folder (`node dist/migrate.js`), then has none left', () => {
      const migrate = () =>
        spawnSync('node', ['dist/migrate.js'], { cwd: feedback, encoding: 'utf8', env: env(), timeout: 20_000 });
      const first = migrate();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('migrations applied');
      const again = migrate();
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain('database is up to date');
    }, 60_000);

    it('starts the subgraph from its folder as the image does: /health and /ready answer, its spans go out', async () => {
      const port = await freePort();
      const collector = await startOtlpReceiver();
      const child = spawn('node', ['dist/index.js'], {
        cwd: feedback,
        stdio: 'ignore',
        env: {
          ...env(),
          LOG_LEVEL: 'silent',
          FEEDBACK_PORT: String(port),
          NODE_OPTIONS: IMAGE_NODE_OPTIONS,
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
          OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
          OTEL_BSP_SCHEDULE_DELAY: '100',
        },
      });
      try {
        await waitReady(`http://127.0.0.1:${port}/health`, child, 25_000);
        await waitReady(`http://127.0.0.1:${port}/ready`, child, 5_000);
        await graphqlRequest(`http://127.0.0.1:${port}/graphql`, '{ __typename }');
        // The preload resolved from the deployed folder: the request is traced under the package's name.
        await eventually(() => {
          const spans = collector.spans();
          expect(spans.some((span) => span.service === 'feedback' && span.name === 'POST /graphql')).toBe(true);
        });
      } finally {
        await terminate(child);
        await collector.close();
      }
    });
  });
});
