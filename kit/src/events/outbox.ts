import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock.js';
import { PeriodicWorker } from '../worker.js';
import { isUniqueViolation, retryOnLockConflict } from '../database.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { EventBus } from './bus.js';
import type { EventCatalogue, EventEnvelope, EventType } from './catalogue.js';
import { AppliedEvent } from './applied-event.entity.js';
import { DeadLetterEvent } from './dead-letter.entity.js';
import { MalformedEventError } from './payloads.js';
import { OutboxEvent } from './outbox.entity.js';

/** What became of a consumed event: applied now, applied before, or parked as malformed. */
export type ApplyOutcome = 'applied' | 'duplicate' | 'parked';

export type Emit = <T extends EventType>(type: T, payload: EventCatalogue[T]) => void;

const BATCH = 100;

/**
 * Publishes what the outbox holds, in commit order, and marks it sent. Runs on
 * a timer and is nudged after each commit so that an event goes out within
 * milliseconds; a failed publish leaves the event for the next round, so an
 * event committed while Redis is away goes out when Redis is back.
 */
export class OutboxRelay extends PeriodicWorker {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    logger: Logger,
    intervalMs = 1_000,
  ) {
    super('outbox relay', logger, intervalMs);
  }

  protected async round(): Promise<boolean> {
    await this.drain();
    return false;
  }

  /**
   * Publish every pending event; rejects when the bus failed. Rounds never
   * overlap within a process, so the relay does not race itself to an event.
   */
  drain(): Promise<void> {
    const round = this.queue.then(() => this.publishPending());
    this.queue = round.catch(() => {});
    return round;
  }

  private async publishPending(): Promise<void> {
    while (!this.isStopped) {
      const published = await this.publishBatch();
      if (published < BATCH) return;
    }
  }

  private async publishBatch(): Promise<number> {
    let failure: unknown;
    const published = await this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(OutboxEvent)
        .createQueryBuilder('event')
        .where('event.publishedAt IS NULL')
        .orderBy('event.sequence', 'ASC')
        .limit(BATCH);
      // Several replicas may relay the same outbox: each takes rows no other holds.
      if (this.dataSource.options.type !== 'better-sqlite3')
        query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const rows = await query.getMany();
      let count = 0;
      for (const row of rows) {
        try {
          await this.bus.publish({
            id: row.id,
            type: row.type as EventType,
            occurredAt: row.occurredAt.toISOString(),
            payload: JSON.parse(row.payload) as EventEnvelope['payload'],
          });
        } catch (error) {
          // Keep what went out before the failure marked; count the failed try.
          await manager.increment(OutboxEvent, { sequence: row.sequence }, 'attempts', 1);
          failure = error;
          break;
        }
        await manager.update(OutboxEvent, { sequence: row.sequence }, { publishedAt: new Date() });
        count += 1;
      }
      return count;
    });
    if (failure) throw failure;
    return published;
  }
}

/**
 * Runs `work` in one transaction (again, up to five times, when the database
 * chose it as a deadlock's victim); the events it emits are written to the outbox
 * in that same transaction and the relay is nudged once it has committed.
 */
export class UnitOfWork {
  constructor(
    readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock = { now: () => new Date() },
  ) {}

  run<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    return retryOnLockConflict(() => this.attempt(work));
  }

  private async attempt<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    const pending: EventEnvelope[] = [];
    const emit: Emit = (type, payload) => {
      pending.push({ id: newId(), type, occurredAt: this.clock.now().toISOString(), payload });
    };
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await work(manager, emit);
      if (pending.length) {
        await manager.insert(
          OutboxEvent,
          pending.map((event) => ({
            id: event.id,
            type: event.type,
            payload: JSON.stringify(event.payload),
            occurredAt: new Date(event.occurredAt),
            publishedAt: null,
            attempts: 0,
          })),
        );
      }
      return value;
    });
    if (pending.length) this.relay.nudge();
    return result;
  }

  /**
   * Applies a consumed event exactly once: its id is recorded in the same
   * transaction as `work`, so a redelivery finds it and changes nothing. When
   * `work` throws a MalformedEventError the change is rolled back and the event is
   * parked in `dead_letter_events` with the reason (its id recorded too), so that
   * one bad event neither blocks the consumer nor vanishes. Any other failure
   * rejects, and the bus retries the event.
   */
  async applyOnce(
    event: EventEnvelope,
    work: (manager: EntityManager, emit: Emit) => Promise<void>,
  ): Promise<ApplyOutcome> {
    try {
      await this.run(async (manager, emit) => {
        await this.recordApplied(manager, event);
        await work(manager, emit);
      });
      return 'applied';
    } catch (error) {
      if (error instanceof MalformedEventError) return this.park(event, error.message);
      if (await this.seenBefore(error, event)) return 'duplicate';
      throw error;
    }
  }

  private async park(event: EventEnvelope, reason: string): Promise<ApplyOutcome> {
    try {
      await this.run(async (manager) => {
        await this.recordApplied(manager, event);
        await manager.insert(DeadLetterEvent, {
          eventId: event.id,
          type: event.type,
          event: JSON.stringify(event),
          reason: reason.slice(0, 2000),
          parkedAt: this.clock.now(),
        });
      });
      return 'parked';
    } catch (error) {
      if (await this.seenBefore(error, event)) return 'duplicate';
      throw error;
    }
  }

  private recordApplied(manager: EntityManager, event: EventEnvelope): Promise<unknown> {
    return manager.insert(AppliedEvent, { eventId: event.id, type: event.type, appliedAt: this.clock.now() });
  }

  /** A unique violation on the event's own id: another delivery got there first. */
  private async seenBefore(error: unknown, event: EventEnvelope): Promise<boolean> {
    return (
      isUniqueViolation(error) && (await this.dataSource.getRepository(AppliedEvent).existsBy({ eventId: event.id }))
    );
  }
}
