import { parseSteps, revertMigrations, RevertRefusedError, type SubgraphModule } from '@hospital/kit';
import { UsageError } from './dead-letters.js';
import { SUBGRAPHS } from './subgraphs.js';

export const MIGRATE_REVERT_USAGE = `Usage:
  pnpm migrate:revert <subgraph>              undo the last migration applied to that subgraph's database
  pnpm migrate:revert <subgraph> --steps N    undo the last N, newest first

Subgraphs: ${SUBGRAPHS.map(({ name }) => name).join(', ')}`;

export interface RevertRequest {
  module: SubgraphModule;
  steps: number;
}

/** Reads `<subgraph> [--steps N]`; anything else is a usage mistake, said before any database is opened. */
export function parseRevertArgs(args: string[]): RevertRequest {
  const names = SUBGRAPHS.map((module) => module.name).join(', ');
  const [name, ...rest] = args;
  if (!name || name.startsWith('-')) throw new UsageError(`name the subgraph whose migration to undo: ${names}`);
  const module = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!module) throw new UsageError(`unknown subgraph ${name}; the subgraphs are ${names}`);
  try {
    return { module, steps: parseSteps(rest) };
  } catch (error) {
    throw error instanceof RevertRefusedError ? new UsageError(error.message) : error;
  }
}

/**
 * `pnpm migrate:revert`: the kit's `revertMigrations` for the one subgraph named,
 * with its configuration read as `pnpm migrate` reads it. In an image, each
 * subgraph's own `node dist/migrate.js --revert [--steps N]` does the same.
 */
export async function revertSubgraphMigrations(
  args: string[],
  env: NodeJS.ProcessEnv,
  write: (line: string) => void,
): Promise<void> {
  const { module, steps } = parseRevertArgs(args);
  await revertMigrations(module.loadConfig(env), module.tables, steps, write);
}
