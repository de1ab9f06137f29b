import type { GraphQLSchema } from 'graphql';
import type { SubgraphTables } from './database.js';
import type { Subgraph, SubgraphOptions } from './subgraph.js';
import type { SubgraphConfig } from './subgraph-config.js';

/**
 * What a subgraph package offers the rest of the workspace, as one value: the stack
 * composes the supergraph from `buildSchema`, migrates with `loadConfig` and
 * `tables`, and starts the embedded default with `create` on `port`. A new subgraph
 * is one more of these in stack/src/subgraphs.ts.
 */
export interface SubgraphModule {
  name: string;
  port: number;
  buildSchema(): Promise<GraphQLSchema>;
  create(options: SubgraphOptions): Promise<Subgraph>;
  loadConfig(env?: NodeJS.ProcessEnv): SubgraphConfig<unknown>;
  tables: SubgraphTables;
}
