/** What both buses share: how they retry, name channels, filter by type and hand an event to a handler. */
import type { EventEnvelope, EventType, Topic } from './catalogue.js';
import type { EventHandler } from './event-bus.js';

/** How long a failing consumer waits before trying the same event again, growing to a cap. */
export const retryDelay = (failures: number) => Math.min(100 * 2 ** failures, 10_000);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const channelOf = (topic: Topic) => `hospital.${topic}`;

export const isOneOf = <T extends EventType>(event: EventEnvelope, types: readonly T[]): event is EventEnvelope<T> =>
  (types as readonly EventType[]).includes(event.type);

export function deliver(handler: EventHandler, event: EventEnvelope, onError: (error: unknown) => void): void {
  Promise.resolve()
    .then(() => handler(event))
    .catch(onError);
}
