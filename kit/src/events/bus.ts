import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { newId } from '../ids.js';
import type { EventEnvelope, EventType } from './catalogue.js';

export type EventHandler<T extends EventType = EventType> = (event: EventEnvelope<T>) => unknown;
export type Unsubscribe = () => Promise<void>;

/**
 * Where committed events go. The relay keeps an event in the outbox until
 * `publish` has taken it; after that there are two ways to hear it:
 * - `subscribe`: live fan-out, at most once, to whoever listens at that moment
 *   (the lobby, caches);
 * - `consume`: a durable log read by a named group, at least once and in order,
 *   retried until the handler succeeds — for consumers that must not miss an event
 *   while they are down (a projection, billing, notifications). Such a handler
 *   records the event id it applied (`UnitOfWork.applyOnce`), so a redelivery
 *   counts once.
 */
export interface EventBus {
  publish(event: EventEnvelope): Promise<void>;
  subscribe(type: EventType, handler: EventHandler): Promise<Unsubscribe>;
  consume<T extends EventType>(group: string, types: readonly T[], handler: EventHandler<T>): Promise<Unsubscribe>;
  close(): Promise<void>;
}

/** How long a failing consumer waits before trying the same event again, growing to a cap. */
const retryDelay = (failures: number) => Math.min(100 * 2 ** failures, 10_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const channelOf = (type: EventType) => `hospital.events.${type}`;

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
    this.emitter.emit(channelOf(event.type), structuredClone(event));
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

  async subscribe(type: EventType, handler: EventHandler): Promise<Unsubscribe> {
    const listener = (event: EventEnvelope) => deliver(handler, event, this.onError);
    this.emitter.on(channelOf(type), listener);
    return async () => {
      this.emitter.off(channelOf(type), listener);
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
/** Roughly how many events the stream keeps; a consumer down for longer than that many events misses the oldest. */
const STREAM_LENGTH = 1_000_000;
/** A pending event a consumer has held this long without acknowledging is taken over by another. */
const CLAIM_IDLE_MS = 60_000;

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
 * Redis: pub/sub channels for live fan-out and one stream with consumer groups
 * for durable consumption. One connection publishes, one (made on first
 * subscribe) listens, and each durable consumer blocks on a connection of its own.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private readonly consumers = new Set<Unsubscribe>();

  constructor(
    private readonly url: string,
    private readonly onError: (error: unknown) => void = () => {},
    private readonly stream = DEFAULT_EVENT_STREAM,
  ) {
    // While Redis is away a publish fails within a reconnect attempt or two, and the
    // outbox keeps the event for the next round, instead of piling up in memory.
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
    this.publisher.on('error', onError);
  }

  async publish(event: EventEnvelope): Promise<void> {
    const json = JSON.stringify(event);
    const results = await this.publisher
      .multi()
      .xadd(this.stream, 'MAXLEN', '~', STREAM_LENGTH, '*', 'event', json)
      .publish(channelOf(event.type), json)
      .exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('Redis did not run the publish');
  }

  async consume<T extends EventType>(
    group: string,
    types: readonly T[],
    handler: EventHandler<T>,
  ): Promise<Unsubscribe> {
    const connection = new Redis(this.url, { maxRetriesPerRequest: null });
    connection.on('error', this.onError);
    try {
      // From the start of the stream: a group made after events were published still reads them.
      await connection.xgroup('CREATE', this.stream, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
    const consumer = `${hostname()}-${process.pid}-${newId().slice(0, 8)}`;
    let stopped = false;

    const apply = async (entries: StreamEntry[]): Promise<boolean> => {
      for (const [id, fields] of entries) {
        const event = parseEntry(fields, this.onError);
        if (event && isOneOf(event, types)) await handler(event);
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
              2_000,
              'STREAMS',
              this.stream,
              from,
            )
          : await connection.xreadgroup('GROUP', group, consumer, 'COUNT', 100, 'STREAMS', this.stream, from)
      ) as [string, StreamEntry[]][] | null;
      return answer?.[0]?.[1] ?? [];
    };
    const loop = async () => {
      let failures = 0;
      while (!stopped) {
        try {
          // What this consumer took but did not finish, then what a dead consumer left, then new events.
          if (await apply(await read('0'))) continue;
          const [, claimed] = (await connection.xautoclaim(
            this.stream,
            group,
            consumer,
            CLAIM_IDLE_MS,
            '0-0',
            'COUNT',
            100,
          )) as [string, StreamEntry[]];
          if (await apply(claimed)) continue;
          await apply(await read('>'));
          failures = 0;
        } catch (error) {
          if (stopped) return;
          this.onError(error);
          await sleep(retryDelay(failures++));
        }
      }
    };
    const running = loop();
    // A clean stop lets the blocking read end (within its 2 s) and applies what it
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

  async subscribe(type: EventType, handler: EventHandler): Promise<Unsubscribe> {
    const subscriber = this.listener();
    const channel = channelOf(type);
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await subscriber.subscribe(channel);
    }
    set.add(handler);
    return async () => {
      const current = this.handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(channel);
      await subscriber.unsubscribe(channel);
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.all([...this.consumers].map((stop) => stop()));
    await Promise.allSettled([this.publisher.quit(), this.subscriber?.quit()]);
  }

  private listener(): Redis {
    if (this.subscriber) return this.subscriber;
    const subscriber = new Redis(this.url, { maxRetriesPerRequest: null });
    subscriber.on('error', this.onError);
    subscriber.on('message', (channel: string, message: string) => {
      const handlers = this.handlers.get(channel);
      if (!handlers) return;
      let event: EventEnvelope;
      try {
        event = JSON.parse(message) as EventEnvelope;
      } catch (error) {
        this.onError(error);
        return;
      }
      for (const handler of handlers) deliver(handler, event, this.onError);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}

export function createEventBus(
  redisUrl: string | undefined,
  stream: string,
  onError?: (error: unknown) => void,
): EventBus {
  return redisUrl ? new RedisEventBus(redisUrl, onError, stream) : new InProcessEventBus(onError);
}
