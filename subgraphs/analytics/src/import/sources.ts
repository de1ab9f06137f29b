import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { BadUserInputError } from '@hospital/kit';
import type { File, Storage } from '@google-cloud/storage';

/** One CSV file to import. */
export interface CsvSource {
  /** As the caller named it: the path given (joined with the file's name for a folder), or gs://bucket/object. */
  name: string;
  /** Bytes, when known. */
  size: number | undefined;
  open(): Readable;
}

export interface SourceOptions {
  /** Local paths are relative to this folder and must stay inside it, symbolic links followed. */
  localRoot?: string | undefined;
  /** Where relative local paths start when there is no localRoot. */
  baseDir: string;
  storage: () => Storage;
}

/**
 * Longer than any path of a file to import: refused before the file system or
 * Cloud Storage is asked, whose own refusal (ENAMETOOLONG) would be a fault.
 */
export const MAX_SOURCE_LENGTH = 1_024;

const GS_URL = /^gs:\/\/([^/]+)\/?(.*)$/;
const isCsv = (name: string) => name.toLowerCase().endsWith('.csv');
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file the sources name, in order: a folder's *.csv and a gs:// prefix's *.csv objects sorted by name. */
export async function listSources(sources: readonly string[], options: SourceOptions): Promise<CsvSource[]> {
  if (sources.some((source) => source.length > MAX_SOURCE_LENGTH)) {
    throw BadUserInputError.field('sources', `each is at most ${MAX_SOURCE_LENGTH} characters`);
  }
  const files: CsvSource[] = [];
  for (const source of sources) {
    files.push(
      ...(source.startsWith('gs://') ? await objects(source, options.storage()) : await local(source, options)),
    );
  }
  return files;
}

async function objects(url: string, storage: Storage): Promise<CsvSource[]> {
  const [, bucket, prefix = ''] = GS_URL.exec(url) ?? [];
  if (!bucket) throw new BadUserInputError(`${url}: not a gs://bucket/prefix URL`);
  let listed: File[];
  try {
    [listed] = await storage.bucket(bucket).getFiles({ prefix });
  } catch (error) {
    if ((error as { code?: unknown }).code === 404) throw new BadUserInputError(`${url}: no such bucket`);
    throw error;
  }
  const csv = listed.filter((file) => isCsv(file.name)).sort((a, b) => byName(a.name, b.name));
  if (csv.length === 0) throw new BadUserInputError(`${url}: no .csv objects under this prefix`);
  return csv.map((file) => ({
    name: `gs://${bucket}/${file.name}`,
    size: file.metadata.size === undefined ? undefined : Number(file.metadata.size),
    open: () => file.createReadStream(),
  }));
}

const within = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

const outside = (name: string) => new BadUserInputError(`${name}: outside the import folder`);

/** The path with every symbolic link resolved; a missing or unreadable one is the caller's mistake. */
async function realPath(path: string, name: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new BadUserInputError(`${name}: no such file or folder`);
    if (code === 'EACCES') throw new BadUserInputError(`${name}: not readable`);
    // A name too long for the file system, or links that point round in a circle: no such file either.
    if (code === 'ENAMETOOLONG') throw new BadUserInputError(`${name}: a name in this path is too long`);
    if (code === 'ELOOP') throw new BadUserInputError(`${name}: too many symbolic links`);
    throw error;
  }
}

async function local(name: string, { localRoot, baseDir }: SourceOptions): Promise<CsvSource[]> {
  const root = localRoot === undefined ? undefined : await realPath(localRoot, 'the import folder');
  const path = resolve(root ?? baseDir, name);
  // Refused before the file system is asked, so that the answer says nothing of what is outside.
  if (root !== undefined && !within(root, path)) throw outside(name);
  const real = await realPath(path, name);
  if (root !== undefined && !within(root, real)) throw outside(name);
  const stats = await stat(real);
  if (stats.isFile()) return [fileSource(name, real, stats.size)];
  if (!stats.isDirectory()) throw new BadUserInputError(`${name}: neither a file nor a folder`);

  const files: CsvSource[] = [];
  for (const entry of (await readdir(real)).filter(isCsv).sort(byName)) {
    const entryName = join(name, entry);
    const entryReal = await realPath(join(real, entry), entryName);
    if (root !== undefined && !within(root, entryReal)) throw outside(entryName);
    const entryStats = await stat(entryReal);
    if (entryStats.isFile()) files.push(fileSource(entryName, entryReal, entryStats.size));
  }
  if (files.length === 0) throw new BadUserInputError(`${name}: no .csv files in this folder`);
  return files;
}

const fileSource = (name: string, path: string, size: number): CsvSource => ({
  name,
  size,
  open: () => createReadStream(path, { highWaterMark: 1 << 20 }),
});
