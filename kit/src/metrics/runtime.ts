import type { DataSource } from 'typeorm';
import type { Clock } from '../clock.js';
import { isSqlite } from '../database.js';
import type { ConsumerLag, EventBus } from '../events/event-bus.js';
import { DeadLetterEvent } from '../events/dead-letter.entity.js';
import { OutboxEvent } from '../events/outbox.entity.js';
import { scrapedGauge, type Reading } from './registry.js';

const outboxUnsent = scrapedGauge(
  'outbox_unsent_events',
  'Events committed to the outbox and not yet published to the bus (Redis away, the relay failing)',
);
const outboxOldestAge = scrapedGauge(
  'outbox_oldest_unsent_age_seconds',
  'How long the oldest unpublished event of the outbox has waited; 0 when none waits',
);
const deadLetters = scrapedGauge(
  'dead_letter_events',
  'Events parked in dead_letter_events: malformed or failing every time, waiting to be mended and replayed',
);
const poolOpen = scrapedGauge('db_pool_connections', 'Connections the database pool holds open (MySQL/MariaDB)');
const poolFree = scrapedGauge('db_pool_free_connections', 'Open connections of the database pool that no one is using');
const poolQueued = scrapedGauge('db_pool_queued_requests', 'Requests waiting for a connection of the database pool');
const poolMax = scrapedGauge('db_pool_max_connections', 'The most connections the database pool opens');
const consumerLag = scrapedGauge(
  'event_consumer_lag',
  'Events of the log not yet handed to the consumer group (Redis: XINFO GROUPS lag)',
  ['group'],
);
const consumerPending = scrapedGauge(
  'event_consumer_pending',
  'Events handed to the consumer group and not yet acknowledged',
  ['group'],
);

const one = (value: number): Reading[] => [{ value }];

/**
 * Both read `idx_outbox_unpublished` (published_at, sequence) and nothing else:
 * the unsent rows are one range of it, and the oldest is its first entry, since
 * events are published in sequence order. A scrape costs as much as the backlog
 * is long, which is nothing while the relay keeps up.
 */
async function unsentCount(dataSource: DataSource): Promise<number> {
  const row = await dataSource
    .getRepository(OutboxEvent)
    .createQueryBuilder('event')
    .select('COUNT(*)', 'unsent')
    .where('event.publishedAt IS NULL')
    .getRawOne<{ unsent: number | string }>();
  return Number(row?.unsent ?? 0);
}

/** Measured by the clock that stamped the events, so that a shifted clock (CLOCK_OFFSET_MINUTES) shifts both. */
async function oldestUnsentAge(dataSource: DataSource, clock: Clock): Promise<number> {
  const oldest = await dataSource
    .getRepository(OutboxEvent)
    .createQueryBuilder('event')
    .select(['event.sequence', 'event.occurredAt'])
    .where('event.publishedAt IS NULL')
    .orderBy('event.sequence', 'ASC')
    .limit(1)
    .getOne();
  return oldest ? Math.max(0, (clock.now().getTime() - oldest.occurredAt.getTime()) / 1_000) : 0;
}

/**
 * What mysql2's pool keeps of its connections. It offers no public counters;
 * these fields are its own, and when a release renames them the readings are
 * left out rather than wrong.
 */
interface Mysql2Pool {
  config?: { connectionLimit?: unknown };
  _allConnections?: { length?: unknown };
  _freeConnections?: { length?: unknown };
  _connectionQueue?: { length?: unknown };
}

const sizeReading = (size: unknown): Promise<Reading[]> => Promise.resolve(typeof size === 'number' ? one(size) : []);

/**
 * A subgraph's database, read at each scrape: its outbox's backlog, its dead
 * letters (where it consumes events) and its pool's use (MySQL/MariaDB; the
 * embedded SQLite file has one connection and no pool). The function returned
 * stops reading it.
 */
export function watchDatabase(service: string, dataSource: DataSource, clock: Clock): () => void {
  const stops: (() => void)[] = [];
  if (dataSource.hasMetadata(OutboxEvent)) {
    stops.push(outboxUnsent.watch(service, async () => one(await unsentCount(dataSource))));
    stops.push(outboxOldestAge.watch(service, async () => one(await oldestUnsentAge(dataSource, clock))));
  }
  if (dataSource.hasMetadata(DeadLetterEvent)) {
    stops.push(deadLetters.watch(service, async () => one(await dataSource.getRepository(DeadLetterEvent).count())));
  }
  if (!isSqlite(dataSource)) {
    // The driver makes its pool when it connects, and makes it again when it reconnects.
    const pool = () => (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
    stops.push(
      poolOpen.watch(service, () => sizeReading(pool()?._allConnections?.length)),
      poolFree.watch(service, () => sizeReading(pool()?._freeConnections?.length)),
      poolQueued.watch(service, () => sizeReading(pool()?._connectionQueue?.length)),
      poolMax.watch(service, () => sizeReading(pool()?.config?.connectionLimit)),
    );
  }
  return () => stops.forEach((stop) => stop());
}

/** How far behind consumer group `group` of `service` is, read from the bus at each scrape. */
export function watchConsumer(service: string, group: string, bus: Pick<EventBus, 'consumerLag'>): () => void {
  const labels = { group };
  const watch = (gauge: typeof consumerLag, figure: keyof ConsumerLag) =>
    gauge.watch(
      service,
      async () => {
        const value = (await bus.consumerLag(group))?.[figure];
        return typeof value === 'number' ? [{ labels, value }] : [];
      },
      group,
    );
  const stops = [watch(consumerLag, 'lag'), watch(consumerPending, 'pending')];
  return () => stops.forEach((stop) => stop());
}
