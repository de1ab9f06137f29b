import { createDataSource, databaseOptionsOf, type SubgraphModule } from '@hospital/kit';
import { DeadLetterEvent } from '@hospital/kit/events';
import { IsNull } from 'typeorm';
import { SUBGRAPHS } from './subgraphs.js';

export const DEAD_LETTERS_USAGE = `Usage:
  pnpm dead-letters                            every subgraph's dead letters
  pnpm dead-letters <subgraph>                 one subgraph's
  pnpm dead-letters <subgraph> replay <id>     ask its running consumer to apply one again
  pnpm dead-letters <subgraph> replay all      ... every one it can`;

/** A usage mistake: printed with the usage, and the command exits 2. */
export class UsageError extends Error {}

const keepsDeadLetters = (module: SubgraphModule) =>
  Array.isArray(module.tables.entities) && module.tables.entities.includes(DeadLetterEvent);

/** A dead letter lost from the stream has no content to apply again; its event is in the producer's outbox. */
const isLost = (letter: DeadLetterEvent) => letter.type === 'unknown';

function describe(letter: DeadLetterEvent): string {
  const replay = letter.replayRequestedAt ? `  replay asked ${letter.replayRequestedAt.toISOString()}` : '';
  return [
    `  ${letter.eventId}  ${letter.type}  group ${letter.consumerGroup ?? '?'}  parked ${letter.parkedAt.toISOString()}${replay}`,
    `    ${letter.reason}`,
  ].join('\n');
}

/**
 * `pnpm dead-letters`: lists what durable consumers parked (`dead_letter_events`
 * of each subgraph's database, as its configuration names it) and asks for
 * replays. A replay is applied by the consumer that parked the event, in its
 * running process, within a few seconds (kit `consumeDurably`); this command
 * only marks the letter, so it works the same on the embedded default's files
 * and on MySQL.
 */
export async function deadLetters(
  args: string[],
  env: NodeJS.ProcessEnv,
  write: (line: string) => void,
): Promise<void> {
  const [name, action, target] = args;
  const modules = SUBGRAPHS.filter(keepsDeadLetters);
  const chosen = name ? modules.filter((module) => module.name === name) : modules;
  if (name && !chosen.length) {
    throw new UsageError(`${name} keeps no dead letters; these do: ${modules.map((m) => m.name).join(', ')}`);
  }
  if (action && (action !== 'replay' || !target)) throw new UsageError(`unknown action: ${args.slice(1).join(' ')}`);
  for (const module of chosen) {
    const config = module.loadConfig(env);
    const dataSource = createDataSource({ ...databaseOptionsOf(config), ...module.tables });
    await dataSource.initialize();
    try {
      const letters = dataSource.getRepository(DeadLetterEvent);
      if (action === 'replay') {
        const chosenLetters =
          target === 'all'
            ? await letters.findBy({ replayRequestedAt: IsNull() })
            : await letters.findBy({ eventId: target as string });
        if (!chosenLetters.length) throw new UsageError(`${module.name} has no dead letter ${target}`);
        const replayable = chosenLetters.filter((letter) => !isLost(letter));
        for (const letter of chosenLetters.filter(isLost)) {
          write(`${module.name}: ${letter.eventId} was lost from the stream and has nothing to replay`);
        }
        const now = new Date();
        for (const letter of replayable) await letters.update({ eventId: letter.eventId }, { replayRequestedAt: now });
        write(
          `${module.name}: replay asked for ${replayable.length}; its running consumer applies them within seconds`,
        );
      } else {
        const all = await letters.find({ order: { parkedAt: 'ASC' } });
        write(`${module.name}: ${all.length} dead letter${all.length === 1 ? '' : 's'}`);
        for (const letter of all) write(describe(letter));
      }
    } finally {
      await dataSource.destroy();
    }
  }
}
