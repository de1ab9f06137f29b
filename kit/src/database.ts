import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DataSource,
  type EntityManager,
  type MixedList,
  type ObjectLiteral,
  type QueryRunner,
  type SelectQueryBuilder,
} from 'typeorm';
import { ConfigError } from './config.js';
import { NotFoundError, ServiceUnavailableError, type ConflictError } from './errors.js';
import type { Logger } from './logger.js';
import { QueryLog } from './query-log.js';

export interface DatabaseOptions extends SubgraphTables {
  /** The subgraph's name: its SQLite file is `<dataDir>/<name>.sqlite`. */
  name: string;
  /** mysql://user:password@host:3306/database — MySQL 8 or MariaDB. Absent: the embedded SQLite file. */
  url?: string | undefined;
  /** Connections the MySQL/MariaDB pool may hold; 10 without. */
  poolSize?: number;
  dataDir: string;
  /** Where the statement log writes, when it is on. */
  logger?: Logger;
}

/** The tables a subgraph owns: its entities and the migrations that make them. */
export interface SubgraphTables {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
}

/**
 * One DataSource per subgraph. The schema only ever comes from migrations: the
 * same migration classes run on MySQL/MariaDB and on the embedded SQLite file.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: false,
    ...(options.logger ? { logger: new QueryLog(options.logger) } : {}),
  };
  if (options.url) {
    return new DataSource({
      ...common,
      type: 'mysql',
      url: options.url,
      // Times travel as UTC both ways; the clinic's zone is applied by the rules, not the driver.
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: false,
      poolSize: options.poolSize ?? 10,
      connectTimeout: 5_000,
    });
  }
  const dataSource = sqliteDataSource(
    options.name,
    () =>
      new DataSource({
        ...common,
        type: 'better-sqlite3',
        database: join(options.dataDir, `${options.name}.sqlite`),
        enableWAL: true,
        // Writers queue behind each other instead of failing at once with SQLITE_BUSY.
        timeout: 10_000,
        prepareDatabase: (db: { pragma(statement: string): unknown }) => {
          db.pragma('foreign_keys = ON');
        },
      }),
  );
  mkdirSync(options.dataDir, { recursive: true });
  serializeTransactions(dataSource);
  beginImmediately(dataSource);
  return dataSource;
}

/**
 * Begins each SQLite transaction IMMEDIATE, taking the file's write lock at once (waiting up to the
 * busy timeout for it) instead of at its first write. Two processes may share the embedded files (a
 * serve-only stack beside `pnpm start`, a test's stack whose clock stands later): in WAL mode a
 * transaction begun DEFERRED reads a snapshot, and writing after the other process committed fails
 * at once with SQLITE_BUSY_SNAPSHOT, which no waiting can cure. One process alone gains nothing and
 * loses nothing: its transactions already run one at a time (serializeTransactions).
 */
function beginImmediately(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    const runner = create(...args);
    const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
    Object.assign(runner, {
      query: (sql: string, ...rest: unknown[]) =>
        query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest),
    });
    return runner;
  };
}

/**
 * The DataSource of the embedded SQLite default. TypeORM loads better-sqlite3 as it
 * builds it; only the embedded stack ships that package (a subgraph's image does
 * not), so its absence means the database URL was forgotten: say so, before any
 * file is written.
 */
function sqliteDataSource(name: string, create: () => DataSource): DataSource {
  try {
    return create();
  } catch (error) {
    if ((error as Error | null)?.name !== 'DriverPackageNotInstalledError') throw error;
    throw new ConfigError([
      `${name.toUpperCase()}_DATABASE_URL: not set, and the embedded SQLite default needs better-sqlite3, which is not installed (the per-service images leave it out): give a mysql:// URL`,
    ]);
  }
}

/**
 * TypeORM runs everything on SQLite over one connection, so two transactions in
 * flight at once would nest into one another: a rollback of one would undo or keep
 * the other's rows. The embedded default therefore runs its transactions one after
 * another (writes on SQLite are serial anyway). A transaction must not start
 * another on the data source from inside itself; it has its own manager for that.
 */
function serializeTransactions(dataSource: DataSource): void {
  const { manager } = dataSource;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = (...args: unknown[]) => {
    const run = queue.then(() => transaction(...args));
    queue = run.catch(() => undefined);
    return run;
  };
  Object.assign(manager, { transaction: serialized });
}

/** Runs pending migrations; returns the names of those applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** Whether `database` is the embedded SQLite file; the other dialect is MySQL/MariaDB. */
export function isSqlite(database: DataSource | EntityManager | QueryRunner): boolean {
  const dataSource = 'connection' in database ? database.connection : database;
  return dataSource.options.type === 'better-sqlite3';
}

/**
 * Makes `query` read its rows FOR UPDATE on MariaDB/MySQL; with `skipLocked`,
 * rows another transaction holds are passed over instead of waited for. SQLite
 * has no row locks (TypeORM refuses the option) and needs none: its transactions
 * begin IMMEDIATE (`beginImmediately`), so one writer holds the whole file until
 * it commits.
 */
export function lockForUpdate<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  { skipLocked = false }: { skipLocked?: boolean } = {},
): SelectQueryBuilder<Row> {
  if (isSqlite(query.connection)) return query;
  query.setLock('pessimistic_write');
  return skipLocked ? query.setOnLocked('skip_locked') : query;
}

/** `lockForUpdate` for find options: FOR UPDATE on MariaDB/MySQL, nothing on SQLite. */
export function forUpdate(manager: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return isSqlite(manager) ? {} : { lock: { mode: 'pessimistic_write' } };
}

export async function isDatabaseReachable(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** Whether an error is the database refusing a duplicate of a unique key. */
export function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { driverError?: { code?: string; errno?: number } } | null)?.driverError ?? error;
  const code = (cause as { code?: string } | null)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs `work`; the database refusing a duplicate of a unique key becomes the CONFLICT `conflict` names. */
export async function conflictOnDuplicate<T>(
  work: () => Promise<T>,
  conflict: (error: unknown) => ConflictError,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(error);
    throw error;
  }
}

/** The row `lookup` found, or NOT_FOUND naming what was asked for. */
export async function mustExist<T>(what: string, id: string, lookup: Promise<T | null>): Promise<T> {
  const row = await lookup;
  if (row === null) throw new NotFoundError(what, id);
  return row;
}

/**
 * InnoDB resolves a deadlock (or a lock wait that ran out) by rolling one
 * transaction back; nothing of it was written, so it is simply run again.
 */
const LOCK_CONFLICTS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

export const isLockConflict = (error: unknown): boolean =>
  LOCK_CONFLICTS.has((error as { driverError?: { code?: string } } | null)?.driverError?.code ?? '');

/** Runs `transaction`, again (up to `attempts` in all) when the database chose it as a deadlock's victim. */
export async function retryOnLockConflict<T>(transaction: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isLockConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/**
 * Failures that say nothing of the work itself: the database (or the network
 * to it) was away, restarting, out of connections, or chose this transaction as
 * a lock's victim. Trying the same work again later may succeed. Anything else
 * (a value the column cannot hold, a broken constraint, a bug) will fail the
 * same way every time.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_INTERRUPTED',
  'ER_CONNECTION_KILLED',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_CLIENT_INTERACTION_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);
const TRANSIENT_MESSAGES = [
  /connection (is )?(lost|closed|in closed state)/i,
  /can't add new command when connection is in closed state/i,
  /pool is closed/i,
  /server has gone away/i,
  /connection acquisition timeout|timeout acquiring a connection/i,
];

export function isTransientFault(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const { code, driverError, message } = current as { code?: unknown; driverError?: unknown; message?: unknown };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    // Another subgraph a consumer asks was away or too slow: asking again later may succeed.
    if (current instanceof ServiceUnavailableError) return true;
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
    if (driverError && isTransientFault(driverError)) return true;
  }
  return false;
}

/** What a failure was, for a log or a dead letter: its name and code, never its message (it may quote data). */
export function faultOf(error: unknown): string {
  const { name, code, driverError } = (error ?? {}) as { name?: unknown; code?: unknown; driverError?: unknown };
  const driverCode = (driverError as { code?: unknown } | undefined)?.code;
  const kind = typeof name === 'string' ? name : 'Error';
  const detail = [code, driverCode].find((value) => typeof value === 'string');
  return detail ? `${kind}: ${String(detail)}` : kind;
}
