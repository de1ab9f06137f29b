import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Storage } from '@google-cloud/storage';
import { ConflictError, DomainError, ErrorCode, isSqlite, type Logger } from '@hospital/kit';
import { CsvError } from 'csv-parse';
import type { DataSource, EntityManager } from 'typeorm';
import { ClinicCalendar } from './clinic-calendar.js';
import { NumberedCsvParser, syntaxProblem, type CsvRecord } from './csv-records.js';
import { HEADERS, kindOfHeader, rowReader, unknownHeader, type CsvKind, type RowReader } from './rows.js';
import { listSources, type CsvSource } from './sources.js';
import {
  DETAILED_PROBLEMS,
  ROWS_PER_INSERT,
  Staging,
  type CsvProblem,
  type DaySpan,
  type FoundProblems,
} from './staging.js';

export type { CsvKind } from './rows.js';
export type { CsvProblem, DaySpan } from './staging.js';

export interface ImportedFile {
  source: string;
  kind: CsvKind;
  /** Data rows in the file. */
  rows: number;
  /** Rows that became facts. */
  added: number;
  /** Rows whose ids were facts already, with the same values. */
  alreadyPresent: number;
}

export interface ImportProgress {
  source: string;
  rows: number;
  /** Bytes read / the file's size, when the size is known. */
  fraction: number | undefined;
}

export interface ImportOptions {
  /** Local paths are relative to this folder and must stay inside it (the ADMIN mutation's import folder). */
  localRoot?: string;
  /** Where relative local paths start when there is no localRoot (default: the working directory). */
  baseDir?: string;
  /** Called about once a second while a large file is read. */
  onProgress?: (progress: ImportProgress) => void;
  /** Called as each file has been imported, before the next one starts. */
  onImported?: (file: ImportedFile) => void;
  /**
   * Called inside the transaction of each file that adds facts, once they are
   * written, on its manager: what must commit with them, or not at all (the
   * import's audit entry, the news that the revenue of `reportDays` changed,
   * when the file's new rows change it).
   */
  onWriting?: (manager: EntityManager, file: ImportedFile, reportDays: DaySpan | undefined) => Promise<void>;
}

const SHOWN_IN_MESSAGE = 3;
const ACCEPTED_HEADERS = `${HEADERS.DELIVERIES.join(',')} or ${HEADERS.DEPARTMENT_COSTS.join(',')}`;
const count = (n: number) => n.toLocaleString('en-US');

function describeProblems(source: string, problems: CsvProblem[], problemCount: number, imported: ImportedFile[]) {
  const shown = problems.slice(0, SHOWN_IN_MESSAGE).map((p) => `line ${p.line}: ${p.message}`);
  if (problemCount > shown.length) shown.push('…');
  const kept = imported.length ? ` (imported before it, and kept: ${imported.map((f) => f.source).join(', ')})` : '';
  const noun = problemCount === 1 ? 'problem' : 'problems';
  return `${source}: ${count(problemCount)} ${noun}, nothing imported from it — ${shown.join('; ')}${kept}`;
}

/**
 * A file refused for what is in it: nothing of it was written. The files before it
 * in the same call stay imported (`imported`). The file is `file`, not `source`: a
 * GraphQLError's `source` is the GraphQL document, and graphql-js reads it as one
 * when it locates an error thrown by a resolver.
 */
export class CsvImportError extends DomainError {
  constructor(
    readonly file: string,
    /** The first 100, by line. */
    readonly problems: CsvProblem[],
    readonly problemCount: number,
    readonly imported: ImportedFile[],
  ) {
    super(ErrorCode.BAD_USER_INPUT, describeProblems(file, problems, problemCount, imported), {
      source: file,
      problems,
      problemCount,
      imported,
    });
    this.name = 'CsvImportError';
  }
}

/** Rolls a file's transaction back; importSources turns it into a CsvImportError. */
class RejectedFile extends Error {
  constructor(readonly found: FoundProblems) {
    super('the file has problems');
  }
}

/** What a file's problems are, however many: a count and the first ones by line. */
class ProblemList implements FoundProblems {
  count = 0;
  problems: CsvProblem[] = [];

  add(line: number, message: string): void {
    this.count += 1;
    if (this.problems.length < DETAILED_PROBLEMS) this.problems.push({ line, message });
  }

  addFound(found: FoundProblems): void {
    this.count += found.count;
    this.problems.push(...found.problems);
  }

  sorted(): FoundProblems {
    const problems = [...this.problems].sort((a, b) => a.line - b.line).slice(0, DETAILED_PROBLEMS);
    return { count: this.count, problems };
  }
}

/**
 * One file read into the staging table: the header tells the kind, each data row is
 * checked, and the valid ones go to the table in multi-row INSERTs — until the first
 * problem, after which the file cannot be imported and the rest is only checked.
 */
class FileLoad {
  kind: CsvKind | undefined;
  rows = 0;
  readonly problems = new ProblemList();
  private staging: Staging | undefined;
  private created = false;
  private reader: RowReader | undefined;
  private width = 0;
  private values: (string | number)[] = [];
  /** The INSERT the database is running while the next batch is parsed. */
  private inserting: Promise<void> | undefined;
  private readonly messages: string[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly calendar: ClinicCalendar,
  ) {}

  /** The staging table, once rows have gone into it. */
  get table(): Staging | undefined {
    return this.created ? this.staging : undefined;
  }

  /** Takes one record; true when a batch of rows is ready for flush(). */
  take({ fields, line }: CsvRecord): boolean {
    if (this.reader === undefined) {
      this.header(fields, line);
      return false;
    }
    this.rows += 1;
    if (fields.length !== this.width) {
      this.problems.add(line, `expected ${this.width} columns, found ${fields.length}`);
      return false;
    }
    const values = this.reader.read(fields, this.messages);
    if (values === undefined) {
      for (const message of this.messages) this.problems.add(line, message);
      this.messages.length = 0;
      return false;
    }
    if (this.problems.count > 0) return false;
    this.values.push(line, ...values);
    return this.values.length >= ROWS_PER_INSERT * (this.width + 1);
  }

  async flush(): Promise<void> {
    if (this.problems.count > 0 || this.values.length === 0 || this.staging === undefined) return;
    if (!this.created) {
      await this.staging.create();
      this.created = true;
    }
    const values = this.values;
    this.values = [];
    await this.inserting;
    this.inserting = this.staging.insert(values);
    // Awaited by the next flush, or by finish(); until then a failure must not count as unhandled.
    this.inserting.catch(() => undefined);
  }

  /** After the last record: the rest of the rows to the table, and an empty file is a problem. */
  async finish(): Promise<void> {
    if (this.kind === undefined) {
      this.problems.add(1, `the file is empty; its first line must be a header: ${ACCEPTED_HEADERS}`);
      return;
    }
    await this.flush();
    await this.inserting;
  }

  private header(fields: string[], line: number): void {
    this.kind = kindOfHeader(fields);
    if (this.kind === undefined) {
      this.problems.add(line, unknownHeader(fields));
      // Without a kind no row can be checked: nothing more to learn from the file.
      throw new RejectedFile(this.problems.sorted());
    }
    this.width = HEADERS[this.kind].length;
    this.reader = rowReader(this.kind, this.calendar);
    this.staging = new Staging(this.manager, this.kind);
  }
}

/** Runs a part of the work in a transaction, on the connection of the rest. */
type InTransaction = <R>(apply: () => Promise<R>) => Promise<R>;

const PROGRESS_EVERY_MS = 1_000;

/**
 * Imports the CSV exports of the delivery ward (deliveries) and of finance
 * (department costs) into the facts and the rollups. A file is imported whole or not
 * at all, and again without effect: rows are known by their ids.
 */
export class CsvImporter {
  private storage: Storage | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { clinicTimeZone: string; storageEmulatorHost?: string | undefined; logger: Logger },
  ) {}

  /**
   * Imports the files the sources name, one after another, each in its own
   * transaction; stops at the first that fails, the ones before it staying imported.
   */
  async importSources(sources: readonly string[], options: ImportOptions = {}): Promise<ImportedFile[]> {
    const files = await listSources(sources, {
      localRoot: options.localRoot,
      baseDir: options.baseDir ?? process.cwd(),
      storage: () => (this.storage ??= createStorage(this.options.storageEmulatorHost)),
    });
    const imported: ImportedFile[] = [];
    for (const file of files) {
      try {
        const done = await this.importFile(file, options);
        imported.push(done);
        this.options.logger.info(done, 'CSV file imported');
        options.onImported?.(done);
      } catch (error) {
        if (error instanceof RejectedFile) {
          throw new CsvImportError(file.name, error.found.problems, error.found.count, imported);
        }
        if (imported.length > 0) {
          const kept = imported.map((f) => f.source);
          this.options.logger.warn(
            { source: file.name, imported: kept },
            'CSV import stopped; the files before it stay imported',
          );
        }
        throw error;
      }
    }
    return imported;
  }

  private async importFile(file: CsvSource, options: ImportOptions): Promise<ImportedFile> {
    return this.onOneConnection(async (manager, inTransaction) => {
      const load = new FileLoad(manager, new ClinicCalendar(this.options.clinicTimeZone));
      try {
        await this.read(file, load, options.onProgress);
        const { problems, kind } = load;
        const staging = load.table;
        if (staging) {
          await staging.indexLoaded();
          problems.addFound(await staging.repeats());
        }
        if (problems.count > 0 || kind === undefined) {
          if (staging) problems.addFound(await staging.compareWithFacts());
          throw new RejectedFile(problems.sorted());
        }
        const imported = { source: file.name, kind, rows: load.rows, added: 0, alreadyPresent: 0 };
        if (!staging) return imported;
        return await inTransaction(async () => {
          await staging.lockForWriting();
          const { known, ...conflicts } = await staging.compareWithFacts();
          if (conflicts.count > 0) throw new RejectedFile(conflicts);
          if (known === load.rows) return { ...imported, alreadyPresent: known };
          await staging.addNewToRollup();
          const reportDays = await staging.reportDaysOfNew();
          const added = await staging.insertNewFacts();
          if (added !== load.rows - known) {
            throw new ConflictError(
              `${file.name}: another import wrote some of its rows meanwhile; nothing imported from it, import it again`,
            );
          }
          const done = { ...imported, added, alreadyPresent: known };
          await options.onWriting?.(manager, done, reportDays);
          return done;
        });
      } finally {
        await load.table?.drop();
      }
    });
  }

  /** Streams the file through the parser into `load`, reporting progress about once a second. */
  private async read(file: CsvSource, load: FileLoad, onProgress?: (progress: ImportProgress) => void): Promise<void> {
    let bytes = 0;
    let reported = Date.now();
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    const parser = new NumberedCsvParser();
    parser.on('skip', (error: CsvError) => {
      const { line, message } = syntaxProblem(error);
      load.problems.add(line, message);
    });
    try {
      await pipeline(file.open(), counter, parser, async (batches: AsyncIterable<CsvRecord[]>) => {
        for await (const batch of batches) {
          for (const record of batch) if (load.take(record)) await load.flush();
          if (onProgress && Date.now() - reported >= PROGRESS_EVERY_MS) {
            reported = Date.now();
            const fraction = file.size ? Math.min(1, bytes / file.size) : undefined;
            onProgress({ source: file.name, rows: load.rows, fraction });
          }
        }
      });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const { line, message } = syntaxProblem(error);
      load.problems.add(line, message);
    }
    await load.finish();
  }

  /**
   * A temporary table belongs to one connection. SQLite has just one, which the kit
   * hands out one transaction at a time, so the whole file is one transaction. On
   * MariaDB the staging table is loaded and checked on a pooled connection of its
   * own, and only the writes to the facts and rollups are a transaction.
   */
  private async onOneConnection<T>(work: (manager: EntityManager, inTransaction: InTransaction) => Promise<T>) {
    if (isSqlite(this.dataSource)) {
      return this.dataSource.manager.transaction((manager) => work(manager, (apply) => apply()));
    }
    const runner = this.dataSource.createQueryRunner();
    try {
      return await work(runner.manager, (apply) => runner.manager.transaction(() => apply()));
    } finally {
      await runner.release();
    }
  }
}

/** Google's client, with the machine's default credentials, or an emulator without any. */
function createStorage(emulatorHost: string | undefined): Storage {
  if (!emulatorHost) return new Storage();
  const apiEndpoint = /^https?:\/\//.test(emulatorHost) ? emulatorHost : `http://${emulatorHost}`;
  // A custom endpoint makes the client skip authentication; the project id spares it asking for one.
  const storage = new Storage({ apiEndpoint, projectId: 'local' });
  // When STORAGE_EMULATOR_HOST is in the environment the client also takes its raw value
  // (host:port, no scheme, no /storage/v1) as the base of every JSON API URL.
  storage.baseUrl = `${storage.apiEndpoint}/storage/v1`;
  return storage;
}
