import { EventEmitter } from 'node:events';
import { channelOf, deliver, isOneOf, retryDelay, sleep } from './bus-delivery.js';
import { topicsOf, type EventEnvelope, type EventType, type Topic } from './catalogue.js';
import type { ConsumerLag, EventBus, EventHandler, Unsubscribe } from './event-bus.js';

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
