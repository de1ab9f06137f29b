import { SpanKind } from '@opentelemetry/api';
import { In, type DataSource } from 'typeorm';
import { PeriodicWorker } from '../worker.js';
import { lockForUpdate } from '../database.js';
import type { Logger } from '../logger.js';
import type { EventBus } from './event-bus.js';
import { inEventSpan } from '../tracing/spans.js';
import type { EventEnvelope, EventOrigin, EventType } from './catalogue.js';
import { OutboxEvent } from './outbox.entity.js';

const BATCH = 100;

export interface RelayOptions {
  /** Whose outbox it is (the subgraph's name): how the event log knows it holds its events. */
  name: string;
  /** How far back events are published again into a log that lost them (the log's own retention). */
  republishHours: number;
  intervalMs?: number;
}

/**
 * Publishes what the outbox holds, in commit order, and marks it sent. Runs on
 * a timer and is nudged after each commit so that an event goes out within
 * milliseconds; a failed publish leaves the event for the next round, so an
 * event committed while Redis is away goes out when Redis is back.
 *
 * Published events stay in the outbox. When the log may have lost them (Redis
 * came back empty, a consumer group was gone) and it does not hold this
 * outbox's mark, the events of the last `republishHours` are published into it
 * again, durable consumers only, so that what was sent but not yet consumed
 * before Redis lost it is not lost; consumers apply each event once.
 */
export class OutboxRelay extends PeriodicWorker {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    logger: Logger,
    private readonly options: RelayOptions,
  ) {
    super('outbox relay', logger, options.intervalMs ?? 1_000);
    bus.onLogMaybeLost(() => void this.restoreLog());
  }

  override start(): void {
    super.start();
    void this.restoreLog();
  }

  protected async round(): Promise<boolean> {
    await this.drain();
    return false;
  }

  /** Publishes the recent past again when the log does not hold this outbox's mark; tried again on the next sign. */
  restoreLog(): Promise<void> {
    const round = this.queue.then(async () => {
      if (this.isStopped || (await this.bus.logHolds(this.options.name))) return;
      const since = new Date(Date.now() - this.options.republishHours * 3_600_000);
      const count = await this.republishSince(since);
      await this.bus.markLog(this.options.name);
      if (count) this.logger.warn({ count, since }, 'event log had lost its events; published the recent ones again');
    });
    this.queue = round.catch((error: unknown) =>
      this.logger.warn({ err: error }, 'could not check the event log; will again when Redis is back'),
    );
    return this.queue;
  }

  private async republishSince(since: Date): Promise<number> {
    let after = 0;
    let count = 0;
    for (;;) {
      const rows = await this.dataSource
        .getRepository(OutboxEvent)
        .createQueryBuilder('event')
        .where('event.publishedAt >= :since AND event.sequence > :after', { since, after })
        .orderBy('event.sequence', 'ASC')
        .limit(BATCH)
        .getMany();
      for (const row of rows) await this.bus.republish(envelopeOf(row));
      count += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) return count;
      after = last.sequence;
    }
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
    let more = true;
    while (more && !this.isStopped) more = await this.publishBatch();
  }

  /** Publishes up to a batch of pending events; resolves with whether more are waiting. */
  private async publishBatch(): Promise<boolean> {
    let failure: unknown;
    const more = await this.dataSource.transaction(async (manager) => {
      // One row past the batch says whether another round is needed, without a round that finds nothing.
      const query = manager
        .getRepository(OutboxEvent)
        .createQueryBuilder('event')
        .where('event.publishedAt IS NULL')
        .orderBy('event.sequence', 'ASC')
        .limit(BATCH + 1);
      // Several replicas may relay the same outbox: each takes rows no other holds.
      const rows = await lockForUpdate(query, { skipLocked: true }).getMany();
      const sent: number[] = [];
      for (const row of rows.slice(0, BATCH)) {
        try {
          const event = envelopeOf(row);
          await inEventSpan(`publish ${event.type}`, SpanKind.PRODUCER, event, {}, () => this.bus.publish(event));
        } catch (error) {
          // Count the failed try; what went out before it is marked below.
          await manager.increment(OutboxEvent, { sequence: row.sequence }, 'attempts', 1);
          failure = error;
          break;
        }
        sent.push(row.sequence);
      }
      // One statement for the batch, not one per event: a page of 100 audited reads is 100 events.
      if (sent.length) await manager.update(OutboxEvent, { sequence: In(sent) }, { publishedAt: new Date() });
      return rows.length > BATCH;
    });
    if (failure) throw failure;
    return more;
  }
}

const envelopeOf = (row: OutboxEvent): EventEnvelope => ({
  id: row.id,
  type: row.type as EventType,
  occurredAt: row.occurredAt.toISOString(),
  payload: JSON.parse(row.payload) as EventEnvelope['payload'],
  ...(row.origin ? { origin: JSON.parse(row.origin) as EventOrigin } : {}),
});
