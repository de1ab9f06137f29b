import { ConfigError } from './config.js';
import { createDataSource, migrate, type SubgraphTables } from './database.js';
import { createLogger } from './logger.js';
import { parseSteps, revertMigrations, RevertRefusedError } from './migration-revert.js';
import { collectProcessMetrics } from './metrics/registry.js';
import { toggleQueryLoggingOnSignal } from './query-log.js';
import { stopOnSignals } from './server.js';
import type { SubgraphModule } from './subgraph-module.js';
import { databaseOptionsOf, type SubgraphConfig } from './subgraph-config.js';

/** Runs `main`; a configuration problem is printed as its list, anything else as a logged fault. */
export async function runMain(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${name}: ${error.message}\n`);
    } else {
      createLogger({ name, level: 'error' }).fatal({ err: error }, 'could not start');
    }
    process.exit(1);
  }
}

/** `src/index.ts` of every subgraph: start it, stop it on SIGINT/SIGTERM. */
export function runSubgraphProcess({ name, create }: Pick<SubgraphModule, 'name' | 'create'>): Promise<void> {
  return runMain(name, async () => {
    collectProcessMetrics(name);
    const subgraph = await create({});
    await subgraph.start();
    const logger = createLogger({ name, level: process.env['LOG_LEVEL'] ?? 'info' });
    toggleQueryLoggingOnSignal(logger);
    stopOnSignals(logger, [() => subgraph.stop()]);
  });
}

/** Applies a subgraph's pending migrations to the database its config names. */
export async function migrateDatabase(config: SubgraphConfig<unknown>, tables: SubgraphTables): Promise<void> {
  const logger = createLogger({ name: config.name, level: config.logLevel });
  const dataSource = createDataSource({ ...databaseOptionsOf(config), ...tables });
  await dataSource.initialize();
  try {
    const applied = await migrate(dataSource);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `src/migrate.ts` of every subgraph (`node dist/migrate.js` in its image): apply
 * its pending migrations, then exit; with `--revert [--steps N]`, undo the last N
 * applied instead (see migration-revert.ts; exit 2 when refused).
 */
export function runMigrationsProcess(
  { name, loadConfig, tables }: Pick<SubgraphModule, 'name' | 'loadConfig' | 'tables'>,
  args: readonly string[] = process.argv.slice(2),
): Promise<void> {
  return runMain(name, async () => {
    if (args[0] !== '--revert') return migrateDatabase(loadConfig(), tables);
    try {
      await revertMigrations(loadConfig(), tables, parseSteps(args.slice(1)), (line) =>
        process.stdout.write(`${line}\n`),
      );
    } catch (error) {
      if (!(error instanceof RevertRefusedError)) throw error;
      process.stderr.write(`${error.message}\nUsage: node dist/migrate.js [--revert [--steps N]]\n`);
      process.exit(2);
    }
  });
}
