import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource } from './database.js';

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** Another process writing to the same file for `ms`: one insert every few milliseconds. */
function writerFor(file: string, ms: number) {
  const script = `
    const Database = require(${JSON.stringify(BETTER_SQLITE3)});
    const db = new Database(${JSON.stringify(file)}, { timeout: 10000 });
    db.pragma('journal_mode = WAL');
    const insert = db.prepare('INSERT INTO counted (n) VALUES (0)');
    const until = Date.now() + ${ms};
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let written = 0;
    while (Date.now() < until) { insert.run(); written++; Atomics.wait(pause, 0, 0, 2); }
    process.stdout.write(String(written));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise<number>((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`writer exited ${code}`)))),
  );
}

describe('the embedded SQLite files shared by two processes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sqlite-sharing-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lets a transaction that reads, then writes, commit while another process writes', async () => {
    const dataSource = createDataSource({ name: 'shared', dataDir, entities: [], migrations: [] });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counted (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
    const other = writerFor(join(dataDir, 'shared.sqlite'), 1_500);
    const failures: string[] = [];
    const deadline = Date.now() + 1_200;
    let committed = 0;
    while (Date.now() < deadline) {
      try {
        await dataSource.manager.transaction(async (manager) => {
          const [{ total }] = (await manager.query('SELECT COUNT(*) AS total FROM counted')) as [{ total: number }];
          // The other process commits meanwhile: begun DEFERRED, the insert below would be SQLITE_BUSY_SNAPSHOT.
          await new Promise((resolve) => setTimeout(resolve, 5));
          await manager.query('INSERT INTO counted (n) VALUES (?)', [total]);
        });
        committed++;
      } catch (error) {
        failures.push(String((error as { code?: string }).code ?? error));
      }
    }
    const written = await other;
    await dataSource.destroy();
    expect(failures).toEqual([]);
    expect(committed).toBeGreaterThan(10);
    expect(written).toBeGreaterThan(10);
  });
});
