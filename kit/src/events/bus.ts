import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { EventEnvelope, EventType } from './catalogue.js';

export type EventHandler = (event: EventEnvelope) => void | Promise<void>;
export type Unsubscribe = () => Promise<void>;

/**
 * Fan-out of committed events (at most once per subscriber that is listening at
 * the time). Durability comes from the outbox, not from the bus: the relay keeps
 * an event until the bus has taken it.
 */
export interface EventBus {
  publish(event: EventEnvelope): Promise<void>;
  subscribe(type: EventType, handler: EventHandler): Promise<Unsubscribe>;
  close(): Promise<void>;
}

const channelOf = (type: EventType) => `hospital.events.${type}`;

function deliver(handler: EventHandler, event: EventEnvelope, onError: (error: unknown) => void): void {
  Promise.resolve()
    .then(() => handler(event))
    .catch(onError);
}

/** The embedded default's bus: one process, no Redis. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter({ captureRejections: false });

  constructor(private readonly onError: (error: unknown) => void = () => {}) {
    this.emitter.setMaxListeners(0);
  }

  async publish(event: EventEnvelope): Promise<void> {
    // Handlers run after publish returns, as they would behind Redis.
    this.emitter.emit(channelOf(event.type), structuredClone(event));
  }

  async subscribe(type: EventType, handler: EventHandler): Promise<Unsubscribe> {
    const listener = (event: EventEnvelope) => deliver(handler, event, this.onError);
    this.emitter.on(channelOf(type), listener);
    return async () => {
      this.emitter.off(channelOf(type), listener);
    };
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** Redis pub/sub: one connection publishes, one (made on first subscribe) listens. */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<EventHandler>>();

  constructor(
    private readonly url: string,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    // No offline queue: while Redis is away a publish fails at once and the
    // outbox keeps the event for the next attempt, instead of piling up in memory.
    this.publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    this.publisher.on('error', onError);
  }

  async publish(event: EventEnvelope): Promise<void> {
    await this.publisher.publish(channelOf(event.type), JSON.stringify(event));
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

export function createEventBus(redisUrl: string | undefined, onError?: (error: unknown) => void): EventBus {
  return redisUrl ? new RedisEventBus(redisUrl, onError) : new InProcessEventBus(onError);
}
