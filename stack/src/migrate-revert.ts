import { RevertRefusedError, runMain } from '@hospital/kit';
import { UsageError } from './dead-letters.js';
import { MIGRATE_REVERT_USAGE, revertSubgraphMigrations } from './revert-migrations.js';

/** `pnpm migrate:revert <subgraph> [--steps N]`: see revert-migrations.ts. */
await runMain('migrate:revert', async () => {
  try {
    await revertSubgraphMigrations(process.argv.slice(2), process.env, (line) => console.log(line));
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof RevertRefusedError)) throw error;
    console.error(`${error.message}\n\n${MIGRATE_REVERT_USAGE}`);
    process.exit(2);
  }
});
