import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '@google-cloud/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSources, MAX_SOURCE_LENGTH } from './sources.js';

describe('listSources, local', () => {
  let top: string;
  let root: string;
  const noStorage = (): Storage => {
    throw new Error('no gs:// source here');
  };
  const list = (sources: string[], localRoot?: string) =>
    listSources(sources, { localRoot, baseDir: root, storage: noStorage });
  const names = async (sources: string[], localRoot?: string) => (await list(sources, localRoot)).map((s) => s.name);

  beforeAll(() => {
    top = mkdtempSync(join(tmpdir(), 'csv-sources-'));
    root = join(top, 'imports');
    mkdirSync(join(root, 'exports', 'nested'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    mkdirSync(join(root, 'exports', 'folder.csv'));
    writeFileSync(join(root, 'exports', 'b.csv'), 'b');
    writeFileSync(join(root, 'exports', 'a.CSV'), 'a');
    writeFileSync(join(root, 'exports', 'c.csv'), 'c');
    writeFileSync(join(root, 'exports', 'notes.txt'), 'n');
    writeFileSync(join(root, 'exports', 'nested', 'd.csv'), 'd');
    writeFileSync(join(root, 'single.txt'), 'single');
    writeFileSync(join(top, 'secret.csv'), 'outside');
    symlinkSync(join(top, 'secret.csv'), join(root, 'link-out.csv'));
    symlinkSync(join(root, 'exports', 'b.csv'), join(root, 'link-in.csv'));
    mkdirSync(join(root, 'escape'));
    symlinkSync(join(top, 'secret.csv'), join(root, 'escape', 'e.csv'));
  });
  afterAll(() => rmSync(top, { recursive: true, force: true }));

  it("lists a folder's *.csv files (any letter case, not nested, not folders) by name", async () => {
    expect(await names(['exports'])).toEqual(['exports/a.CSV', 'exports/b.csv', 'exports/c.csv']);
    expect(await names(['exports/'], root)).toEqual(['exports/a.CSV', 'exports/b.csv', 'exports/c.csv']);
  });

  it('takes a named file whatever its name, with its size, and keeps the order of the sources', async () => {
    const sources = await list(['single.txt', 'exports/nested']);
    expect(sources.map((s) => [s.name, s.size])).toEqual([
      ['single.txt', 6],
      ['exports/nested/d.csv', 1],
    ]);
  });

  it('reads the file', async () => {
    const [source] = await list(['exports/b.csv']);
    const chunks: Buffer[] = [];
    for await (const chunk of source!.open()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('b');
  });

  it('refuses what is missing, and a folder without *.csv', async () => {
    await expect(list(['nope.csv'])).rejects.toThrow('nope.csv: no such file or folder');
    await expect(list(['empty'])).rejects.toThrow('empty: no .csv files in this folder');
  });

  it('refuses a source longer than any path, and a name the file system finds too long, as the caller’s mistake', async () => {
    await expect(list(['x'.repeat(MAX_SOURCE_LENGTH + 1)], root)).rejects.toMatchObject({
      message: `sources: each is at most ${MAX_SOURCE_LENGTH} characters`,
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'sources' }] },
    });
    const tooLong = `${'x'.repeat(300)}.csv`;
    await expect(list([tooLong], root)).rejects.toMatchObject({
      message: `${tooLong}: a name in this path is too long`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses links that point round in a circle', async () => {
    symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'));
    symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'));
    await expect(list(['loop-a'], root)).rejects.toMatchObject({
      message: 'loop-a: too many symbolic links',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('without a root, reads anywhere', async () => {
    expect(await names(['../secret.csv', 'link-out.csv'])).toEqual(['../secret.csv', 'link-out.csv']);
  });

  it('with a root, refuses a way out of it: .., an absolute path, a symbolic link', async () => {
    for (const escape of ['../secret.csv', join(top, 'secret.csv'), 'link-out.csv', 'exports/../../secret.csv']) {
      await expect(list([escape], root)).rejects.toMatchObject({
        message: `${escape}: outside the import folder`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    await expect(list(['escape'], root)).rejects.toThrow('escape/e.csv: outside the import folder');
    await expect(list(['../does-not-exist.csv'], root)).rejects.toThrow('outside the import folder');
  });

  it('with a root, takes a link that stays inside it and an absolute path inside it', async () => {
    expect(await names(['link-in.csv', join(root, 'exports', 'c.csv')], root)).toEqual([
      'link-in.csv',
      join(root, 'exports', 'c.csv'),
    ]);
  });
});
