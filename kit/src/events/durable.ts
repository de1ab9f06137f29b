import { SpanKind } from '@opentelemetry/api';
import { IsNull, Not, type EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';
import { watchConsumer } from '../metrics/runtime.js';
import type { SubgraphConfig } from '../subgraph-config.js';
import { inEventSpan } from '../tracing/spans.js';
import { PeriodicWorker } from '../worker.js';
import type { EventBus, Unsubscribe } from './event-bus.js';
import type { EventEnvelope, EventType } from './catalogue.js';
import { DeadLetterEvent } from './dead-letter.entity.js';
import type { ApplyOutcome, Emit, UnitOfWork } from './unit-of-work.js';

/** A consumer that must miss nothing: its group, the events it reads, and what it does with one. */
export interface DurableConsumer<T extends EventType> {
  group: string;
  types: readonly T[];
  /** Applies one event, in the transaction that records it applied (`applyOnce`). */
  apply(event: EventEnvelope<T>, manager: EntityManager, emit: Emit): Promise<void>;
  /**
   * After each event has been dealt with, whatever became of it (nudge a worker,
   * say): what `apply` did has committed by then. `event` is the very object
   * `apply` was given.
   */
  afterEach?(outcome: ApplyOutcome, event: EventEnvelope<T>): void;
}

/** What a durable consumer needs of its subgraph's runtime. */
export interface DurableRuntime {
  bus: EventBus;
  uow: UnitOfWork;
  logger: Logger;
  /** Whose consumer it is: the `service` of its lag's metrics. */
  config: Pick<SubgraphConfig<unknown>, 'name'>;
}

/** How often a running consumer looks for dead letters someone asked to replay. */
const REPLAY_POLL_MS = 5_000;

/**
 * Dead letters that `pnpm dead-letters replay` asked to apply again, applied by
 * the consumer that parked them, in the process that runs it (the embedded
 * default's bus cannot be reached from outside it, Redis's would reach every
 * other group too).
 */
class DeadLetterReplays<T extends EventType> extends PeriodicWorker {
  constructor(
    private readonly runtime: DurableRuntime,
    private readonly consumer: DurableConsumer<T>,
  ) {
    super(`dead letter replay (${consumer.group})`, runtime.logger, REPLAY_POLL_MS);
  }

  protected async round(): Promise<boolean> {
    const letters = await this.runtime.uow.dataSource.getRepository(DeadLetterEvent).find({
      where: { consumerGroup: this.consumer.group, replayRequestedAt: Not(IsNull()) },
      take: 20,
    });
    for (const letter of letters) {
      const outcome = await this.runtime.uow.replay(letter, (event, manager, emit) =>
        this.consumer.apply(event as EventEnvelope<T>, manager, emit),
      );
      const log = { eventId: letter.eventId, type: letter.type, group: this.consumer.group };
      if (outcome === 'applied') this.logger.info(log, 'dead letter replayed and applied');
      else if (outcome === 'failed') this.logger.error(log, 'dead letter replayed and failed again; still parked');
    }
    return letters.length === 20;
  }
}

/**
 * Reads `consumer.types` durably under `consumer.group` and applies each event
 * once (`applyOnce`): a malformed event, or one that fails every time, is parked
 * in `dead_letter_events` and the stream goes on; an entry trimmed from the
 * stream before it was applied is recorded there too; replays asked for by
 * `pnpm dead-letters` are applied while it runs. Resolves once consuming has
 * begun (Redis need not answer yet); the function it resolves with stops it all.
 */
export async function consumeDurably<T extends EventType>(
  runtime: DurableRuntime,
  consumer: DurableConsumer<T>,
): Promise<Unsubscribe> {
  const { bus, uow, logger } = runtime;
  const stopConsuming = await bus.consume(
    consumer.group,
    consumer.types,
    // Each event is applied in a span of the trace that caused it, and in that request's scope.
    (event) =>
      inEventSpan(
        `${consumer.group} apply ${event.type}`,
        SpanKind.CONSUMER,
        event,
        { 'messaging.consumer.group.name': consumer.group },
        async () => {
          const outcome = await uow.applyOnce(
            event,
            (manager, emit) => consumer.apply(event, manager, emit),
            consumer.group,
          );
          if (outcome === 'parked') {
            logger.error(
              { eventId: event.id, type: event.type, group: consumer.group },
              'event parked in dead_letter_events',
            );
          }
          consumer.afterEach?.(outcome, event);
        },
      ),
    { onLost: (entryId) => uow.recordLost(consumer.group, entryId) },
  );
  const replays = new DeadLetterReplays(runtime, consumer);
  replays.start();
  const stopWatching = watchConsumer(runtime.config.name, consumer.group, bus);
  return async () => {
    stopWatching();
    await replays.stop();
    await stopConsuming();
  };
}
