import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from './database.js';
import { createLogger } from './logger.js';
import { setQueryLogging } from './query-log.js';
import { runInRequest } from './request-scope.js';

describe('the statement log', () => {
  const lines: Record<string, unknown>[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'query-log-'));
  let dataSource: DataSource;

  beforeAll(async () => {
    const logger = createLogger(
      { name: 'test', level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    dataSource = createDataSource({ name: 'query-log', dataDir, entities: [], migrations: [], logger });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    setQueryLogging(false);
    lines.length = 0;
  });

  const statements = () => lines.filter((line) => line['msg'] === 'sql');

  it('writes nothing while it is off', async () => {
    await runInRequest('r-off', () => dataSource.query('SELECT 1'));
    expect(statements()).toEqual([]);
  });

  it('writes each statement with the request it served, and none of its parameters', async () => {
    setQueryLogging(true);
    await runInRequest('r-1', async () => {
      await Promise.resolve();
      await dataSource.query('SELECT ? AS secret', ['olena@example.com']);
    });
    await dataSource.query('SELECT 2');
    expect(statements()).toEqual([
      expect.objectContaining({ sql: 'SELECT ? AS secret', requestId: 'r-1' }),
      expect.objectContaining({ sql: 'SELECT 2' }),
    ]);
    expect(statements()[1]).not.toHaveProperty('requestId');
    expect(JSON.stringify(lines)).not.toContain('olena@example.com');
  });
});
