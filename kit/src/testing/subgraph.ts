import type { Subgraph } from '../subgraph.js';
import type { SubgraphModule } from '../subgraph-module.js';
// A cycle with index.ts, which re-exports this module: its bindings are only read inside functions.
import { createTestDatabase, subgraphTestEnv, TEST_REDIS_URL, type TestDatabase } from './index.js';

export interface SubgraphForTestOptions {
  /** The label of its test database (`hospital_test_<label>_…`); the subgraph's name by default. */
  database?: string;
  /** The event stream it reads and publishes on, on the test Redis: sets REDIS_URL and EVENT_STREAM. */
  stream?: string;
  /** Besides what `subgraphTestEnv` and `stream` set: other subgraphs' URLs, its own settings. */
  env?: Record<string, string>;
}

/** A subgraph an integration suite runs, migrated, on a MariaDB database of its own and a free port. */
export interface SubgraphForTest {
  /** The one running now: `startSubgraph` makes another. */
  readonly subgraph: Subgraph;
  /** Its GraphQL endpoint. */
  readonly url: string;
  readonly database: TestDatabase;
  /** What it was started with, for a replica or a variant of it. */
  readonly env: NodeJS.ProcessEnv;
  /** Stops the subgraph and keeps its database, as when its process goes down. */
  stopSubgraph(): Promise<void>;
  /** Starts it again on the same database and environment. */
  startSubgraph(): Promise<void>;
  /** Stops it and drops its database. */
  close(): Promise<void>;
}

/**
 * The preamble of a subgraph's integration suite: a fresh test database, the
 * subgraph's test environment on it, the subgraph created, migrated and started.
 * Should it fail to start, the database is dropped before the error is thrown.
 */
export async function startSubgraphForTest(
  module: Pick<SubgraphModule, 'name' | 'create'>,
  options: SubgraphForTestOptions = {},
): Promise<SubgraphForTest> {
  const database = await createTestDatabase(options.database ?? module.name);
  const onStream: Record<string, string> = options.stream
    ? { REDIS_URL: TEST_REDIS_URL, EVENT_STREAM: options.stream }
    : {};
  const env = subgraphTestEnv(module.name, database.url, { ...onStream, ...options.env });
  let subgraph: Subgraph | undefined;
  let url = '';
  const startSubgraph = async () => {
    const created = await module.create({ env, migrate: true });
    ({ url } = await created.start());
    subgraph = created;
  };
  const stopSubgraph = async () => {
    const running = subgraph;
    subgraph = undefined;
    await running?.stop();
  };
  try {
    await startSubgraph();
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    get subgraph() {
      if (!subgraph) throw new Error(`${module.name} has not started`);
      return subgraph;
    },
    get url() {
      return url;
    },
    database,
    env,
    stopSubgraph,
    startSubgraph,
    async close() {
      await stopSubgraph();
      await database.drop();
    },
  };
}
