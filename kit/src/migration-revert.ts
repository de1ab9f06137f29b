import { MigrationExecutor } from 'typeorm';
import { createDataSource, type SubgraphTables } from './database.js';
import { databaseOptionsOf, type SubgraphConfig } from './subgraph-config.js';

/** A revert refused before anything was undone: a mistake in what was asked, said in one line. */
export class RevertRefusedError extends Error {
  override name = 'RevertRefusedError';
}

/** Reads `--steps N` (1 without it); anything else is refused before a database is opened. */
export function parseSteps(args: readonly string[]): number {
  if (!args.length) return 1;
  if (args[0] !== '--steps' || args.length > 2) throw new RevertRefusedError(`unexpected arguments: ${args.join(' ')}`);
  const value = args[1];
  if (!value || !/^[1-9]\d*$/.test(value)) {
    throw new RevertRefusedError(`--steps takes a whole number of migrations, 1 or more (got ${value ?? 'nothing'})`);
  }
  return Number(value);
}

/**
 * Runs the `down` of the last `steps` migrations applied to one subgraph's
 * database (as its configuration names it), newest first, each in a transaction
 * of its own, and deletes each one's row from the migrations table. Only that
 * database is opened. It refuses, before undoing anything, to undo more than was
 * applied or a migration this build does not have: that one's `down` is in the
 * newer release that applied it, so the revert must be run from that release's
 * image (docs/operations.md, "Undoing a migration").
 */
export async function revertMigrations(
  config: SubgraphConfig<unknown>,
  tables: SubgraphTables,
  steps: number,
  write: (line: string) => void,
): Promise<void> {
  const { name } = config;
  const dataSource = createDataSource({ ...databaseOptionsOf(config), ...tables });
  await dataSource.initialize();
  try {
    // Newest first, in the order undoLastMigration takes them.
    const applied = await new MigrationExecutor(dataSource).getExecutedMigrations();
    if (!applied.length) throw new RevertRefusedError(`${name}: no migration has been applied; nothing to undo`);
    if (steps > applied.length) {
      const count = applied.length === 1 ? '1 migration is' : `${applied.length} migrations are`;
      throw new RevertRefusedError(`${name}: only ${count} applied; cannot undo ${steps}`);
    }
    const known = new Set(dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name));
    const unknown = applied.slice(0, steps).filter((migration) => !known.has(migration.name));
    if (unknown.length) {
      throw new RevertRefusedError(
        `${name}: not in this build: ${unknown.map((migration) => migration.name).join(', ')}; ` +
          'undo it with the image of the release that applied it',
      );
    }
    for (const migration of applied.slice(0, steps)) {
      try {
        await dataSource.undoLastMigration();
      } catch (error) {
        // MariaDB commits each DDL statement on its own: what the `down` did before it failed stays done.
        // The error itself goes on unwrapped, for the logger to strip the data a database message may quote.
        write(
          `${name}: undoing ${migration.name} failed, and it is still listed as applied; ` +
            'on MariaDB/MySQL part of its down may have run: look at the schema before trying again',
        );
        throw error;
      }
      write(`${name}: reverted ${migration.name}`);
    }
    const left = applied[steps];
    write(left ? `${name}: the last applied migration is now ${left.name}` : `${name}: no migration is applied now`);
  } finally {
    await dataSource.destroy();
  }
}
