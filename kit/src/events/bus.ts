import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, type ChainableCommander } from 'ioredis';
import { newId } from '../ids.js';
import { topicsOf, type EventEnvelope, type EventType, type Topic } from './catalogue.js';

export type EventHandler<T extends EventType = EventType> = (event: EventEnvelope<T>) => unknown;
export type Unsubscribe = () => Promise<void>;

/**
 * Where committed events go. The relay keeps an event in the outbox until
 * `publish` has taken it; after that there are two ways to hear it:
 * - `subscribe`: live fan-out, at most once, to whoever listens on a topic at that
 *   moment (an event type, or a doctor's or patient's lobby);
 * - `consume`: a durable log read by a named group, at least once and in order,
 *   retried until the handler succeeds — for consumers that must not miss an event
 *   while they are down (a projection, billing, notifications). Such a handler
 *   records the event id it applied (`UnitOfWork.applyOnce`), so a redelivery
 *   counts once.
 */
export interface EventBus {
  publish(event: EventEnvelope): Promise<void>;
  /** To the durable log only, not to live subscribers: an event the log lost, published again (see OutboxRelay). */
  republish(event: EventEnvelope): Promise<void>;
  subscribe(topic: Topic, handler: EventHandler): Promise<Unsubscribe>;
  consume<T extends EventType>(
    group: string,
    types: readonly T[],
    handler: EventHandler<T>,
    options?: ConsumeOptions,
  ): Promise<Unsubscribe>;
  /** Whether events can be published and consumed right now (Redis answers). */
  ready(): boolean;
  /**
   * Whether the log holds the events of outbox `name` (`markLog` said so since
   * it was last emptied); a new Redis, or one that restarted empty, does not, and
   * the outbox publishes again what the log may have lost. The in-process log
   * always does.
   */
  logHolds(name: string): Promise<boolean>;
  markLog(name: string): Promise<void>;
  /** `listener` runs whenever the log may have been lost: Redis came back, or a consumer group was gone. */
  onLogMaybeLost(listener: () => void): void;
  /** How far behind consumer group `group` is (for the metrics); undefined when the log has no such group. */
  consumerLag(group: string): Promise<ConsumerLag | undefined>;
  close(): Promise<void>;
}

export interface ConsumerLag {
  /** Events of the log not yet handed to the group; null when Redis cannot tell (entries deleted mid-stream). */
  lag: number | null;
  /** Handed to a consumer of the group and not yet acknowledged: being applied, or left by a consumer that died. */
  pending: number;
}

export interface ConsumeOptions {
  /**
   * An entry the group had taken but never acknowledged was trimmed from the log
   * before it could be applied: reported here (and logged) before it is
   * acknowledged, so that it is never dropped unseen.
   */
  onLost?: (entryId: string) => Promise<void>;
}

/** How long a failing consumer waits before trying the same event again, growing to a cap. */
const retryDelay = (failures: number) => Math.min(100 * 2 ** failures, 10_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const channelOf = (topic: Topic) => `hospital.${topic}`;

const isOneOf = <T extends EventType>(event: EventEnvelope, types: readonly T[]): event is EventEnvelope<T> =>
  (types as readonly EventType[]).includes(event.type);

function deliver(handler: EventHandler, event: EventEnvelope, onError: (error: unknown) => void): void {
  Promise.resolve()
    .then(() => handler(event))
    .catch(onError);
}

/**
 * The embedded default's bus: one process, no Redis. Its durable log lives as
 * long as the process, which is as long as every consumer in it; a group that
 * starts late (a subgraph started after another's relay ran) reads from the start.
 */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter({ captureRejections: false });
  private readonly log: EventEnvelope[] = [];
  /** How far each group has read, so that a consumer that stops and starts again resumes where it was. */
  private readonly cursors = new Map<string, number>();
  private readonly appended = new EventEmitter();
  private closed = false;

  constructor(private readonly onError: (error: unknown) => void = () => {}) {
    this.emitter.setMaxListeners(0);
    this.appended.setMaxListeners(0);
  }

  async publish(event: EventEnvelope): Promise<void> {
    this.log.push(structuredClone(event));
    this.appended.emit('event');
    // Handlers run after publish returns, as they would behind Redis.
    for (const topic of topicsOf(event)) this.emitter.emit(channelOf(topic), structuredClone(event));
  }

  async consume<T extends EventType>(
    group: string,
    types: readonly T[],
    handler: EventHandler<T>,
  ): Promise<Unsubscribe> {
    let stopped = false;
    let wake: () => void = () => {};
    const onAppend = () => wake();
    this.appended.on('event', onAppend);
    const pump = async () => {
      let failures = 0;
      while (!stopped && !this.closed) {
        const cursor = this.cursors.get(group) ?? 0;
        const event = this.log[cursor];
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        if (!isOneOf(event, types)) {
          this.cursors.set(group, cursor + 1);
          continue;
        }
        try {
          await handler(structuredClone(event));
          this.cursors.set(group, cursor + 1);
          failures = 0;
        } catch (error) {
          this.onError(error);
          await sleep(retryDelay(failures++));
        }
      }
    };
    void pump();
    return async () => {
      stopped = true;
      this.appended.off('event', onAppend);
      wake();
    };
  }

  /** The log lives as long as the process: nothing is ever lost from it. */
  async republish(): Promise<void> {}

  ready(): boolean {
    return !this.closed;
  }

  async logHolds(): Promise<boolean> {
    return true;
  }

  async markLog(): Promise<void> {}

  onLogMaybeLost(): void {}

  /** Every event after the group's cursor, whatever its type, as Redis counts a group's lag; none is held pending. */
  async consumerLag(group: string): Promise<ConsumerLag> {
    return { lag: this.log.length - (this.cursors.get(group) ?? 0), pending: 0 };
  }

  async subscribe(topic: Topic, handler: EventHandler): Promise<Unsubscribe> {
    const listener = (event: EventEnvelope) => deliver(handler, event, this.onError);
    this.emitter.on(channelOf(topic), listener);
    return async () => {
      this.emitter.off(channelOf(topic), listener);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emitter.removeAllListeners();
    this.appended.emit('event');
    this.appended.removeAllListeners();
  }
}

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

export interface EventBusSettings {
  redisUrl: string | undefined;
  stream: string;
  retentionHours: number;
}

export function createEventBus(settings: EventBusSettings, onError?: (error: unknown) => void): EventBus {
  return settings.redisUrl
    ? new RedisEventBus(settings.redisUrl, onError, settings.stream, settings.retentionHours)
    : new InProcessEventBus(onError);
}
