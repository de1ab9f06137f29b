import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, migrateDatabase } from '@hospital/kit';
import { createTestDatabase, mysqlAvailable, TEST_JWT_SECRET, type TestDatabase } from '@hospital/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from './dead-letters.js';
import { parseRevertArgs, revertSubgraphMigrations } from './revert-migrations.js';
import { SUBGRAPHS } from './subgraphs.js';

const module = (name: string) => SUBGRAPHS.find((candidate) => candidate.name === name)!;

/**
 * A migration of accounts that added the password_resets table and, among other
 * columns, users.session_version. Released migrations are never edited, so these
 * stay its to undo, however many are applied after it.
 */
const ACCOUNT_ADMINISTRATION = 'AccountAdministration1763700000110';

describe('pnpm migrate:revert arguments', () => {
  it('undoes one migration of the named subgraph unless told how many', () => {
    expect(parseRevertArgs(['accounts'])).toMatchObject({ module: { name: 'accounts' }, steps: 1 });
    expect(parseRevertArgs(['billing', '--steps', '3'])).toMatchObject({ module: { name: 'billing' }, steps: 3 });
  });

  it('refuses no subgraph or an unknown one, naming them all, and fewer than one step', () => {
    const names = /accounts, patients, doctors, appointments, billing, prescriptions, feedback, analytics, audit/;
    expect(() => parseRevertArgs([])).toThrow(names);
    expect(() => parseRevertArgs(['--steps', '2'])).toThrow(names);
    expect(() => parseRevertArgs(['acounts'])).toThrow(/unknown subgraph acounts/);
    expect(() => parseRevertArgs(['acounts'])).toThrow(names);
    for (const steps of ['0', '-1', '1.5', 'two']) {
      expect(() => parseRevertArgs(['accounts', '--steps', steps])).toThrow(UsageError);
    }
    expect(() => parseRevertArgs(['accounts', '--steps'])).toThrow('--steps takes a whole number');
    expect(() => parseRevertArgs(['accounts', 'doctors'])).toThrow('unexpected arguments: doctors');
  });
});

function revertSuite(env: () => NodeJS.ProcessEnv) {
  const migrate = (name: string) => migrateDatabase(module(name).loadConfig(env()), module(name).tables);

  const revert = async (...args: string[]) => {
    const lines: string[] = [];
    await revertSubgraphMigrations(args, env(), (line) => lines.push(line));
    return lines;
  };

  async function open(name: string) {
    const config = module(name).loadConfig(env());
    const dataSource = createDataSource({
      name,
      url: config.databaseUrl,
      dataDir: config.dataDir,
      ...module(name).tables,
    });
    return dataSource.initialize();
  }

  /** The migrations a database's table lists, in the order they were applied. */
  async function applied(dataSource: DataSource): Promise<string[]> {
    const rows: { name: string }[] = await dataSource.query('SELECT name FROM schema_migrations ORDER BY id');
    return rows.map((row) => row.name);
  }

  async function migrationsOf(name: string): Promise<string[]> {
    const dataSource = await open(name);
    try {
      return await applied(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }

  /** Accounts' applied migrations, and whether what AccountAdministration added is there. */
  async function accountsSchema() {
    const dataSource = await open('accounts');
    const queryRunner = dataSource.createQueryRunner();
    try {
      return {
        migrations: await applied(dataSource),
        passwordResets: await queryRunner.hasTable('password_resets'),
        sessionVersion: await queryRunner.hasColumn('users', 'session_version'),
      };
    } finally {
      await queryRunner.release();
      await dataSource.destroy();
    }
  }

  beforeAll(async () => {
    await migrate('accounts');
    await migrate('doctors');
  });

  it("undoes the last migration and its row, and nothing of another subgraph's; migrate applies it again", async () => {
    const before = await migrationsOf('accounts');
    const doctorsBefore = await migrationsOf('doctors');

    expect(await revert('accounts')).toEqual([
      `accounts: reverted ${before.at(-1)}`,
      `accounts: the last applied migration is now ${before.at(-2)}`,
    ]);
    expect(await migrationsOf('accounts')).toEqual(before.slice(0, -1));
    expect(await migrationsOf('doctors')).toEqual(doctorsBefore);

    await migrate('accounts');
    expect(await migrationsOf('accounts')).toEqual(before);
  });

  it('undoes several, newest first, with their tables and columns, and refuses more than were applied', async () => {
    const before = await accountsSchema();
    const { migrations } = before;
    expect(before).toMatchObject({ passwordResets: true, sessionVersion: true });
    await expect(revert('accounts', '--steps', String(migrations.length + 1))).rejects.toThrow(
      `accounts: only ${migrations.length} migrations are applied; cannot undo ${migrations.length + 1}`,
    );
    expect(await migrationsOf('accounts')).toEqual(migrations);

    // Back to just before AccountAdministration, whatever came after it.
    const steps = migrations.length - migrations.indexOf(ACCOUNT_ADMINISTRATION);
    expect(await revert('accounts', '--steps', String(steps))).toEqual([
      ...migrations
        .slice(-steps)
        .reverse()
        .map((name) => `accounts: reverted ${name}`),
      `accounts: the last applied migration is now ${migrations.at(-steps - 1)}`,
    ]);
    expect(await accountsSchema()).toEqual({
      migrations: migrations.slice(0, -steps),
      passwordResets: false,
      sessionVersion: false,
    });

    await migrate('accounts');
    expect(await accountsSchema()).toEqual(before);
  });

  it('refuses a migration this build does not have, whose down only the newer release holds', async () => {
    const newer = 'FromANewerRelease1799999999999';
    const dataSource = await open('accounts');
    try {
      await dataSource.query('INSERT INTO schema_migrations (timestamp, name) VALUES (?, ?)', [1799999999999, newer]);
      await expect(revert('accounts')).rejects.toThrow(`accounts: not in this build: ${newer}`);
      expect((await accountsSchema()).passwordResets).toBe(true);
    } finally {
      await dataSource.query('DELETE FROM schema_migrations WHERE name = ?', [newer]);
      await dataSource.destroy();
    }
  });
}

describe('pnpm migrate:revert on the embedded SQLite files', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'migrate-revert-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  revertSuite(() => ({ DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' }));
});

describe.runIf(await mysqlAvailable())('pnpm migrate:revert on MariaDB', () => {
  const databases: Record<string, TestDatabase> = {};
  beforeAll(async () => {
    databases['accounts'] = await createTestDatabase('revert_accounts');
    databases['doctors'] = await createTestDatabase('revert_doctors');
  });
  afterAll(async () => {
    for (const database of Object.values(databases)) await database.drop();
  });

  revertSuite(() => ({
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ACCOUNTS_DATABASE_URL: databases['accounts']!.url,
    DOCTORS_DATABASE_URL: databases['doctors']!.url,
  }));
});
