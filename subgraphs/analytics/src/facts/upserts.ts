import { isSqlite } from '@hospital/kit';
import type { EntityManager } from 'typeorm';

/**
 * The few statements analytics writes by hand, because they must be single
 * statements on both databases: an insert that skips a known id, and an upsert that
 * adds to a rollup row. Table and column names here are always the code's own.
 */
/** Runs a statement inside the manager's transaction; resolves the number of rows it wrote. */
export async function execute(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<number> {
  if (!manager.queryRunner) throw new Error('analytics writes only inside a transaction');
  const result = await manager.queryRunner.query(sql, parameters, true);
  return result.affected ?? 0;
}

/** `INSERT IGNORE` on MySQL/MariaDB, `INSERT OR IGNORE` on SQLite: a row whose key exists is skipped. */
export const insertIgnore = (manager: EntityManager) => (isSqlite(manager) ? 'INSERT OR IGNORE' : 'INSERT IGNORE');

export type RollupTable = 'department_days' | 'doctor_days';

const ROLLUP_KEYS: Record<RollupTable, readonly string[]> = {
  department_days: ['day', 'department_id'],
  doctor_days: ['doctor_id', 'day'],
};

/** What follows `INSERT … (columns) VALUES/SELECT …` to add the counts to an existing rollup row. */
function addOnConflict(manager: EntityManager, table: RollupTable, deltas: readonly string[]): string {
  if (isSqlite(manager)) {
    const sums = deltas.map((column) => `${column} = ${table}.${column} + excluded.${column}`);
    return `ON CONFLICT (${ROLLUP_KEYS[table].join(', ')}) DO UPDATE SET ${sums.join(', ')}`;
  }
  return `ON DUPLICATE KEY UPDATE ${deltas.map((column) => `${column} = ${column} + VALUES(${column})`).join(', ')}`;
}

/** Adds `deltas` to one rollup row, making the row when it is the first of its day. */
export async function addToRollup(
  manager: EntityManager,
  table: RollupTable,
  key: Record<string, string>,
  deltas: Record<string, number>,
): Promise<void> {
  const columns = [...ROLLUP_KEYS[table], ...Object.keys(deltas)];
  const values = [...ROLLUP_KEYS[table].map((column) => key[column]), ...Object.values(deltas)];
  await execute(
    manager,
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
      addOnConflict(manager, table, Object.keys(deltas)),
    values,
  );
}

/**
 * Adds what `select` yields — the key columns, then one sum per delta column, in
 * that order, one row per key — to the rollup in one statement (the CSV import).
 * `select` must have a WHERE clause (SQLite's upsert after a SELECT needs one).
 */
export async function addSelectedToRollup(
  manager: EntityManager,
  table: RollupTable,
  deltas: readonly string[],
  select: string,
  parameters: unknown[] = [],
): Promise<void> {
  const columns = [...ROLLUP_KEYS[table], ...deltas];
  await execute(
    manager,
    `INSERT INTO ${table} (${columns.join(', ')}) ${select} ${addOnConflict(manager, table, deltas)}`,
    parameters,
  );
}
