import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../clock.js';
import { faultOf, isTransientFault, isUniqueViolation, retryOnLockConflict } from '../database.js';
import { newId } from '../ids.js';
import { currentOrigin } from '../tracing/spans.js';
import type { EventCatalogue, EventEnvelope, EventType } from './catalogue.js';
import { AppliedEvent } from './applied-event.entity.js';
import { DeadLetterEvent } from './dead-letter.entity.js';
import type { OutboxRelay } from './outbox.js';
import { MalformedEventError } from './payloads.js';
import { OutboxEvent } from './outbox.entity.js';

/** What became of a consumed event: applied now, applied before, or parked (malformed, or failing every time). */
export type ApplyOutcome = 'applied' | 'duplicate' | 'parked';

/**
 * How many times an event may fail for a reason that is not passing (see
 * `isTransientFault`) before it is parked: a poison event, such as an amount its
 * column cannot hold, must not hold up every event behind it.
 */
export const POISON_ATTEMPTS = 5;

export type Emit = <T extends EventType>(type: T, payload: EventCatalogue[T]) => void;

/** The events one transaction emits, written to the outbox in that transaction before it commits. */
class OutboxWrite {
  readonly events: EventEnvelope[] = [];

  constructor(private readonly clock: Clock) {}

  readonly emit: Emit = (type, payload) => {
    const origin = currentOrigin();
    this.events.push({
      id: newId(),
      type,
      occurredAt: this.clock.now().toISOString(),
      payload,
      ...(origin ? { origin } : {}),
    });
  };

  async flush(manager: EntityManager): Promise<void> {
    if (!this.events.length) return;
    await manager.insert(
      OutboxEvent,
      this.events.map((event) => ({
        id: event.id,
        type: event.type,
        payload: JSON.stringify(event.payload),
        occurredAt: new Date(event.occurredAt),
        publishedAt: null,
        attempts: 0,
        origin: event.origin ? JSON.stringify(event.origin) : null,
      })),
    );
  }
}

/**
 * Runs `work` in one transaction (again, up to five times, when the database
 * chose it as a deadlock's victim); the events it emits are written to the outbox
 * in that same transaction and the relay is nudged once it has committed.
 */
export class UnitOfWork {
  /** Failures so far of the events being retried, by id (this process's count: a restart begins again). */
  private readonly failures = new Map<string, number>();

  constructor(
    readonly dataSource: DataSource,
    /** Only nudged; a process without a relay of its own (a command line) leaves its events to the subgraph's. */
    private readonly relay: Pick<OutboxRelay, 'nudge'>,
    private readonly clock: Clock = { now: () => new Date() },
  ) {}

  run<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    return retryOnLockConflict(() => this.attempt(work));
  }

  /**
   * `work` inside a transaction its caller runs on a connection of its own (one
   * holding a temporary table, say): what it emits is written to the outbox on
   * `manager`, and commits or rolls back with that transaction. The relay is not
   * nudged, since nothing has committed yet: its next round publishes the events.
   */
  async joining<T>(manager: EntityManager, work: (emit: Emit) => T | Promise<T>): Promise<T> {
    const outbox = new OutboxWrite(this.clock);
    const value = await work(outbox.emit);
    await outbox.flush(manager);
    return value;
  }

  /** Says that a transaction `joining` wrote events in has committed: the relay publishes them now. */
  committed(): void {
    this.relay.nudge();
  }

  private async attempt<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    const outbox = new OutboxWrite(this.clock);
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await work(manager, outbox.emit);
      await outbox.flush(manager);
      return value;
    });
    if (outbox.events.length) this.relay.nudge();
    return result;
  }

  /**
   * Applies a consumed event exactly once: its id is recorded in the same
   * transaction as `work`, so a redelivery finds it and changes nothing. The event
   * is parked in `dead_letter_events` with the reason (its id recorded too), so
   * that one bad event neither blocks the consumer nor vanishes, when `work`
   * throws a MalformedEventError, or fails POISON_ATTEMPTS times for a reason
   * that is not passing. A passing failure (the database away, a deadlock)
   * rejects every time, and the bus retries the event until it goes through.
   */
  async applyOnce(
    event: EventEnvelope,
    work: (manager: EntityManager, emit: Emit) => Promise<void>,
    group = 'unknown',
  ): Promise<ApplyOutcome> {
    const failuresKey = `${group}|${event.id}`;
    // Recorded before groups were kept, by the one consumer of that event in this database.
    if (await this.dataSource.getRepository(AppliedEvent).existsBy({ eventId: event.id, consumerGroup: '' })) {
      return 'duplicate';
    }
    try {
      await this.run(async (manager, emit) => {
        await this.recordApplied(manager, event, group);
        await work(manager, emit);
      });
      this.failures.delete(failuresKey);
      return 'applied';
    } catch (error) {
      if (error instanceof MalformedEventError) return this.park(event, group, error.message);
      if (await this.seenBefore(error, event, group)) {
        this.failures.delete(failuresKey);
        return 'duplicate';
      }
      if (isTransientFault(error)) throw error;
      const failures = (this.failures.get(failuresKey) ?? 0) + 1;
      if (failures < POISON_ATTEMPTS) {
        this.failures.set(failuresKey, failures);
        throw error;
      }
      return this.park(event, group, `failed ${failures} times: ${faultOf(error)}`);
    }
  }

  /**
   * An entry of the stream that group `group` took but never applied was trimmed
   * away before it could be: recorded as a dead letter without its content, so
   * that the loss is on record where an operator looks, not only in a log.
   */
  async recordLost(group: string, entryId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DeadLetterEvent)
      .values({
        eventId: `lost:${entryId}`.slice(0, 36),
        type: 'unknown',
        event: JSON.stringify({ streamEntry: entryId }),
        reason: `trimmed from the event stream before consumer group ${group} applied it`,
        parkedAt: this.clock.now(),
        consumerGroup: group,
        replayRequestedAt: null,
      })
      .orIgnore()
      .execute();
  }

  /**
   * Applies a dead letter again, as if it had just arrived: in one transaction
   * the letter and its `applied_events` record go and the event is applied and
   * recorded anew, so it is either applied or still parked, never neither. A
   * passing failure leaves the request for the next try; any other failure keeps
   * the letter, with what went wrong this time, and clears the request.
   */
  async replay(
    letter: DeadLetterEvent,
    work: (event: EventEnvelope, manager: EntityManager, emit: Emit) => Promise<void>,
  ): Promise<'applied' | 'failed' | 'retry'> {
    const event = JSON.parse(letter.event) as EventEnvelope;
    try {
      await this.run(async (manager, emit) => {
        await manager.delete(DeadLetterEvent, { eventId: letter.eventId });
        const group = letter.consumerGroup ?? '';
        await manager.delete(AppliedEvent, { eventId: event.id, consumerGroup: In([group, '']) });
        await this.recordApplied(manager, event, group);
        await work(event, manager, emit);
      });
      return 'applied';
    } catch (error) {
      if (isTransientFault(error)) return 'retry';
      const why = error instanceof MalformedEventError ? error.message : faultOf(error);
      await this.dataSource
        .getRepository(DeadLetterEvent)
        .update(
          { eventId: letter.eventId },
          { replayRequestedAt: null, reason: `replayed, failed again: ${why}`.slice(0, 2000) },
        );
      return 'failed';
    }
  }

  private async park(event: EventEnvelope, group: string, reason: string): Promise<ApplyOutcome> {
    this.failures.delete(`${group}|${event.id}`);
    try {
      await this.run(async (manager) => {
        await this.recordApplied(manager, event, group);
        // A letter is kept once per event: when another group of this database parked it first, that one stays.
        await manager
          .createQueryBuilder()
          .insert()
          .into(DeadLetterEvent)
          .values({
            eventId: event.id,
            type: event.type,
            event: JSON.stringify(event),
            reason: reason.slice(0, 2000),
            parkedAt: this.clock.now(),
            consumerGroup: group,
            replayRequestedAt: null,
          })
          .orIgnore()
          .execute();
      });
      return 'parked';
    } catch (error) {
      if (await this.seenBefore(error, event, group)) return 'duplicate';
      throw error;
    }
  }

  private recordApplied(manager: EntityManager, event: EventEnvelope, group: string): Promise<unknown> {
    return manager.insert(AppliedEvent, {
      eventId: event.id,
      consumerGroup: group,
      type: event.type,
      appliedAt: this.clock.now(),
    });
  }

  /** A unique violation on the event's id for this group: another delivery to the group got there first. */
  private async seenBefore(error: unknown, event: EventEnvelope, group: string): Promise<boolean> {
    return (
      isUniqueViolation(error) &&
      (await this.dataSource.getRepository(AppliedEvent).existsBy({ eventId: event.id, consumerGroup: group }))
    );
  }
}
