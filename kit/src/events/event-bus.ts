import type { EventEnvelope, EventType, Topic } from './catalogue.js';
import { InProcessEventBus } from './in-process.bus.js';
import { RedisEventBus } from './redis.bus.js';

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
