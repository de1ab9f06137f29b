import { SpanKind } from '@opentelemetry/api';
import { inEventSpan } from '@hospital/kit';
import { type EventBus, type EventEnvelope, type Topic, type Unsubscribe } from '@hospital/kit/events';

/** Hears each event of a topic, with what the topic's listeners share for that one event. */
export type TopicListener<Shared> = (event: EventEnvelope, shared: Shared) => void;

interface Listening<Shared> {
  listeners: Set<TopicListener<Shared>>;
  subscribed: Promise<Unsubscribe>;
}

/**
 * The gateway's lobby topics: one bus subscription per topic however many
 * sockets watch it, made by the first watcher and ended when the last leaves.
 * Each event reaches every listener of its topic with one fresh `Shared`, so
 * that listeners can share work for that event (a follow-up query) and nothing
 * outlives the event but what a listener keeps.
 */
export class LobbyTopics<Shared> {
  private readonly topics = new Map<Topic, Listening<Shared>>();

  constructor(
    private readonly bus: Pick<EventBus, 'subscribe'>,
    private readonly sharedOf: () => Shared,
  ) {}

  /** Resolves once the bus delivers the topic's events; the returned function stops listening. */
  async listen(topic: Topic, listener: TopicListener<Shared>): Promise<() => Promise<void>> {
    let listening = this.topics.get(topic);
    if (!listening) {
      const listeners = new Set<TopicListener<Shared>>();
      // Delivered in a span of the trace that caused the event: the follow-up queries join it.
      const subscribed = this.bus.subscribe(topic, (event) =>
        inEventSpan(`deliver ${event.type}`, SpanKind.CONSUMER, event, { 'hospital.lobby.topic': topic }, async () => {
          const shared = this.sharedOf();
          for (const each of listeners) each(event, shared);
        }),
      );
      const created: Listening<Shared> = { listeners, subscribed };
      listening = created;
      this.topics.set(topic, created);
      subscribed.catch(() => {
        if (this.topics.get(topic) === created) this.topics.delete(topic);
      });
    }
    const joined = listening;
    joined.listeners.add(listener);
    try {
      await joined.subscribed;
    } catch (error) {
      joined.listeners.delete(listener);
      throw error;
    }
    return async () => {
      if (!joined.listeners.delete(listener) || joined.listeners.size > 0) return;
      // A watcher arriving from now on subscribes the topic afresh.
      if (this.topics.get(topic) === joined) this.topics.delete(topic);
      const unsubscribe = await joined.subscribed;
      await unsubscribe();
    };
  }
}
