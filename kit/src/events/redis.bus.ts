import { hostname } from 'node:os';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, type ChainableCommander } from 'ioredis';
import { newId } from '../ids.js';
import { channelOf, deliver, isOneOf, retryDelay, sleep } from './bus-delivery.js';
import { topicsOf, type EventEnvelope, type EventType, type Topic } from './catalogue.js';
import type { ConsumeOptions, ConsumerLag, EventBus, EventHandler, Unsubscribe } from './event-bus.js';

/** Every event also goes to this Redis stream, which consumer groups read (EVENT_STREAM changes it). */
export const DEFAULT_EVENT_STREAM = 'hospital:events';
/**
 * How long the stream keeps an event (EVENT_STREAM_RETENTION_HOURS): a consumer
 * down for less than this misses nothing. Trimmed by age, not by count, so that a
 * busy day cannot push out what a consumer stopped overnight has not read.
 */
export const DEFAULT_STREAM_RETENTION_HOURS = 72;
/** A pending event a consumer has held this long without acknowledging is taken over by another. */
const CLAIM_IDLE_MS = 60_000;
/**
 * How long a consumer's read waits for new events: a stop waits for the read in
 * flight to end (so that what it brought is applied, not left pending for a
 * minute), and a process must be gone within 2 s of SIGTERM.
 */
const BLOCK_MS = 1_000;

type StreamEntry = [id: string, fields: string[] | null];

/** The event of a stream entry; nothing for an entry trimmed away or not an event (retrying cannot mend it). */
function parseEntry(fields: string[] | null, onError: (error: unknown) => void): EventEnvelope | undefined {
  const json = fields?.[fields.indexOf('event') + 1];
  if (!json) return undefined;
  try {
    return JSON.parse(json) as EventEnvelope;
  } catch (error) {
    onError(error);
    return undefined;
  }
}

/**
 * Redis: pub/sub channels for live fan-out (graphql-redis-subscriptions, which
 * subscribes a channel while anyone listens on it and unsubscribes it after the
 * last has gone) and one stream with consumer groups for durable consumption.
 * One connection publishes, one (made on first subscribe) listens, and each
 * durable consumer blocks on a connection of its own.
 *
 * Nothing waits for Redis: while it is away, publishing fails (the outbox keeps
 * the events), consumers keep trying, and `ready()` says so. A consumer whose
 * group is gone (Redis restarted empty, or was flushed) makes it again from the
 * start of the stream and tells `onLogMaybeLost`, so outboxes publish again what
 * the stream may have lost; applying an event once (`applyOnce`) makes the
 * replays harmless.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private pubsub: RedisPubSub | undefined;
  private readonly consumers = new Set<Unsubscribe>();
  private readonly logListeners = new Set<() => void>();
  private readonly retentionMs: number;

  constructor(
    private readonly url: string,
    private readonly onError: (error: unknown) => void = () => {},
    private readonly stream = DEFAULT_EVENT_STREAM,
    retentionHours = DEFAULT_STREAM_RETENTION_HOURS,
  ) {
    this.retentionMs = retentionHours * 3_600_000;
    // While Redis is away a publish fails within a reconnect attempt or two, and the
    // outbox keeps the event for the next round, instead of piling up in memory.
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
    this.publisher.on('error', onError);
    // Each (re)connection may be to a Redis that lost everything.
    this.publisher.on('ready', () => this.logMaybeLost());
  }

  async publish(event: EventEnvelope): Promise<void> {
    const json = JSON.stringify(event);
    const transaction = this.publisher.multi();
    this.append(transaction, json);
    for (const topic of topicsOf(event)) transaction.publish(channelOf(topic), json);
    await this.run(transaction);
  }

  async republish(event: EventEnvelope): Promise<void> {
    const transaction = this.publisher.multi();
    this.append(transaction, JSON.stringify(event));
    await this.run(transaction);
  }

  ready(): boolean {
    return this.publisher.status === 'ready';
  }

  async logHolds(name: string): Promise<boolean> {
    return (await this.publisher.exists(this.markerOf(name))) === 1;
  }

  async markLog(name: string): Promise<void> {
    await this.publisher.set(this.markerOf(name), new Date().toISOString());
  }

  onLogMaybeLost(listener: () => void): void {
    this.logListeners.add(listener);
  }

  /** XINFO GROUPS on the publishing connection, which no blocking read holds up. */
  async consumerLag(group: string): Promise<ConsumerLag | undefined> {
    const groups = (await this.publisher.xinfo('GROUPS', this.stream)) as unknown[][];
    for (const fields of groups) {
      const info = new Map<unknown, unknown>();
      for (let index = 0; index + 1 < fields.length; index += 2) info.set(fields[index], fields[index + 1]);
      if (info.get('name') !== group) continue;
      const lag = info.get('lag');
      return { lag: typeof lag === 'number' ? lag : null, pending: Number(info.get('pending') ?? 0) };
    }
    return undefined;
  }

  async consume<T extends EventType>(
    group: string,
    types: readonly T[],
    handler: EventHandler<T>,
    options: ConsumeOptions = {},
  ): Promise<Unsubscribe> {
    const connection = new Redis(this.url, { maxRetriesPerRequest: null });
    connection.on('error', this.onError);
    const consumer = `${hostname()}-${process.pid}-${newId().slice(0, 8)}`;
    let stopped = false;

    const lost = async (id: string) => {
      this.onError(new Error(`stream entry ${id} was trimmed before group ${group} applied it`));
      await options.onLost?.(id);
    };
    const apply = async (entries: StreamEntry[]): Promise<boolean> => {
      for (const [id, fields] of entries) {
        if (fields === null) {
          await lost(id);
        } else {
          const event = parseEntry(fields, this.onError);
          if (event && isOneOf(event, types)) await handler(event);
        }
        await connection.xack(this.stream, group, id);
      }
      return entries.length > 0;
    };
    const read = async (from: '0' | '>') => {
      const answer = (
        from === '>'
          ? await connection.xreadgroup(
              'GROUP',
              group,
              consumer,
              'COUNT',
              100,
              'BLOCK',
              BLOCK_MS,
              'STREAMS',
              this.stream,
              from,
            )
          : await connection.xreadgroup('GROUP', group, consumer, 'COUNT', 100, 'STREAMS', this.stream, from)
      ) as [string, StreamEntry[]][] | null;
      return answer?.[0]?.[1] ?? [];
    };
    /** What a dead consumer left: taken over, and the ids Redis dropped from the pending list because they were trimmed. */
    const claim = async (): Promise<boolean> => {
      const [, claimed, trimmed] = (await connection.xautoclaim(
        this.stream,
        group,
        consumer,
        CLAIM_IDLE_MS,
        '0-0',
        'COUNT',
        100,
      )) as [string, StreamEntry[], string[] | undefined];
      for (const id of trimmed ?? []) await lost(id);
      return apply(claimed);
    };
    const loop = async () => {
      let failures = 0;
      let grouped = false;
      while (!stopped) {
        try {
          if (!grouped) {
            await this.createGroup(connection, group);
            grouped = true;
          }
          // What this consumer took but did not finish, then what a dead consumer left, then new events.
          if (await apply(await read('0'))) continue;
          if (await claim()) continue;
          await apply(await read('>'));
          failures = 0;
        } catch (error) {
          if (stopped) return;
          if (String(error).includes('NOGROUP')) {
            grouped = false;
            this.onError(new Error(`consumer group ${group} was gone; made again from the start of the stream`));
            this.logMaybeLost();
            continue;
          }
          this.onError(error);
          await sleep(retryDelay(failures++));
        }
      }
    };
    const running = loop();
    // A clean stop lets the blocking read end (within BLOCK_MS) and applies what it
    // brought, instead of leaving those events pending until another consumer claims them.
    const stop = async () => {
      stopped = true;
      this.consumers.delete(stop);
      await running;
      await connection.quit().catch(() => connection.disconnect());
    };
    this.consumers.add(stop);
    return stop;
  }

  async subscribe(topic: Topic, handler: EventHandler): Promise<Unsubscribe> {
    const id = await this.listener().subscribe(channelOf(topic), (event: EventEnvelope) =>
      deliver(handler, event, this.onError),
    );
    return async () => this.pubsub?.unsubscribe(id);
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((stop) => stop()));
    await Promise.allSettled([this.publisher.quit(), this.pubsub?.close()]);
  }

  /** From the start of the stream: a group made after events were published still reads them. */
  private async createGroup(connection: Redis, group: string): Promise<void> {
    try {
      await connection.xgroup('CREATE', this.stream, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
  }

  /** Adds an event to the stream, trimming (roughly, as Redis does best) what is older than the retention. */
  private append(transaction: ChainableCommander, json: string): void {
    const oldest = `${Date.now() - this.retentionMs}-0`;
    transaction.xadd(this.stream, 'MINID', '~', oldest, '*', 'event', json);
  }

  private async run(transaction: ChainableCommander): Promise<void> {
    const results = await transaction.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('Redis did not run the publish');
  }

  /** Lives in the same Redis as the stream, so it is lost with it. */
  private markerOf(name: string): string {
    return `${this.stream}:outbox:${name}`;
  }

  private logMaybeLost(): void {
    for (const listener of this.logListeners) listener();
  }

  private listener(): RedisPubSub {
    if (this.pubsub) return this.pubsub;
    // No ready check: it sends INFO once connected, which Redis refuses on a connection
    // that SUBSCRIBEs queued meanwhile have put in subscriber mode, failing them all.
    const subscriber = new Redis(this.url, { maxRetriesPerRequest: null, enableReadyCheck: false });
    subscriber.on('error', this.onError);
    this.pubsub = new RedisPubSub({ publisher: this.publisher, subscriber });
    return this.pubsub;
  }
}
