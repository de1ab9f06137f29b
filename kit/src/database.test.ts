import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource, forUpdate, isSqlite, lockForUpdate } from './database.js';

describe('the dialect helpers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dialect-'));
  // Neither is connected: the helpers read the configuration only.
  const sqlite = createDataSource({ name: 'dialect', dataDir, entities: [], migrations: [] });
  const mariadb = new DataSource({ type: 'mysql', url: 'mysql://user:secret@localhost:3306/dialect' });
  const rowsOf = (dataSource: DataSource) => dataSource.createQueryBuilder().select('t.id').from('things', 't');

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('tells SQLite from MariaDB/MySQL by a data source, a manager or a query runner', () => {
    expect([sqlite, sqlite.manager, sqlite.createQueryRunner()].map(isSqlite)).toEqual([true, true, true]);
    expect([mariadb, mariadb.manager, mariadb.createQueryRunner()].map(isSqlite)).toEqual([false, false, false]);
  });

  it('reads rows FOR UPDATE on MariaDB/MySQL, skipping locked ones when asked', () => {
    expect(lockForUpdate(rowsOf(mariadb)).getQuery()).toMatch(/ FOR UPDATE$/);
    expect(lockForUpdate(rowsOf(mariadb), { skipLocked: true }).getQuery()).toMatch(/ FOR UPDATE SKIP LOCKED$/);
    expect(forUpdate(mariadb.manager)).toEqual({ lock: { mode: 'pessimistic_write' } });
  });

  it('takes no row lock on SQLite, whose one writer holds the whole file', () => {
    expect(lockForUpdate(rowsOf(sqlite), { skipLocked: true }).getQuery()).toBe(rowsOf(sqlite).getQuery());
    expect(lockForUpdate(rowsOf(sqlite)).expressionMap.lockMode).toBeUndefined();
    expect(forUpdate(sqlite.manager)).toEqual({});
  });
});
