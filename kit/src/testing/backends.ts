import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// A cycle with index.ts, which re-exports this module: its bindings are only read inside functions.
import { createTestDatabase, mysqlAvailable, subgraphTestEnv, TEST_JWT_SECRET } from './index.js';

/**
 * A database a suite runs on: production's MariaDB, or the embedded default's
 * SQLite files under DATA_DIR. Loop over `bothBackends` to run one suite on each.
 */
export interface TestBackend {
  /** For the suite's title: "… on MariaDB". */
  name: string;
  kind: 'mariadb' | 'sqlite';
  /** Whether it can run here: MariaDB when the test server answers (see `mysqlAvailable`), SQLite always. */
  available(): Promise<boolean>;
  /** A fresh, empty database for each subgraph named, of its own. */
  open(databases: readonly string[]): Promise<OpenBackend>;
}

export interface OpenBackend {
  /** The environment of subgraph `name` (one of those opened) on its database here, plus `extra`. */
  env(name: string, extra?: Record<string, string>): NodeJS.ProcessEnv;
  /** Drops the databases, or removes the files. */
  close(): Promise<void>;
}

const unopened = (name: string, databases: readonly string[]) =>
  new Error(`no database was opened for ${name} (opened: ${databases.join(', ')})`);

const mariadb: TestBackend = {
  name: 'MariaDB',
  kind: 'mariadb',
  available: () => mysqlAvailable(),
  async open(databases) {
    const opened = new Map(
      await Promise.all(databases.map(async (name) => [name, await createTestDatabase(name)] as const)),
    );
    return {
      env(name, extra = {}) {
        const database = opened.get(name);
        if (!database) throw unopened(name, databases);
        return subgraphTestEnv(name, database.url, extra);
      },
      close: async () => {
        await Promise.all([...opened.values()].map((database) => database.drop()));
      },
    };
  },
};

const sqlite: TestBackend = {
  name: 'the embedded SQLite file',
  kind: 'sqlite',
  available: async () => true,
  async open(databases) {
    // Each subgraph's file is `<DATA_DIR>/<name>.sqlite`: one directory holds them all.
    const dataDir = mkdtempSync(join(tmpdir(), 'hospital-test-'));
    return {
      env(name, extra = {}) {
        if (!databases.includes(name)) throw unopened(name, databases);
        return {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          JWT_SECRET: TEST_JWT_SECRET,
          [`${name.toUpperCase()}_PORT`]: '0',
          DATA_DIR: dataDir,
          ...extra,
        };
      },
      close: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

/**
 * The same suite on both backends the project promises:
 *
 *     for (const backend of bothBackends) {
 *       describe.runIf(await backend.available())(`… on ${backend.name}`, () => { … });
 *     }
 */
export const bothBackends: readonly TestBackend[] = [mariadb, sqlite];
