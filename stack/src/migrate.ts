import { migrateDatabase, runMain } from '@hospital/kit';
import { SUBGRAPHS } from './subgraphs.js';

/**
 * `pnpm migrate`: applies every subgraph's pending migrations to the database
 * its `<NAME>_DATABASE_URL` names (or its embedded SQLite file when unset).
 */
await runMain('migrate', async () => {
  for (const module of SUBGRAPHS) await migrateDatabase(module.loadConfig(), module.tables);
});
