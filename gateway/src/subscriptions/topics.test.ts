import type { EventBus, EventEnvelope, EventHandler, Topic } from '@hospital/kit/events';
import { describe, expect, it } from 'vitest';
import { LobbyTopics } from './topics.js';

/** A bus that records what is subscribed and lets the test publish to a topic's handlers. */
function recordingBus(failFirst = false) {
  const handlers = new Map<Topic, Set<EventHandler>>();
  const calls = { subscribe: 0, unsubscribe: 0 };
  let failing = failFirst;
  const bus: Pick<EventBus, 'subscribe'> = {
    async subscribe(topic, handler) {
      calls.subscribe += 1;
      if (failing) {
        failing = false;
        throw new Error('Redis said no');
      }
      const set = handlers.get(topic) ?? new Set();
      set.add(handler);
      handlers.set(topic, set);
      return async () => {
        calls.unsubscribe += 1;
        set.delete(handler);
      };
    },
  };
  const publish = (topic: Topic, id: string) => {
    const event = { id, type: 'appointments.requested', occurredAt: '', payload: {} } as unknown as EventEnvelope;
    for (const handler of handlers.get(topic) ?? []) handler(event);
  };
  return { bus, calls, publish };
}

describe('LobbyTopics', () => {
  it('subscribes a topic on the bus once however many listen, and hands each event one shared value', async () => {
    const { bus, calls, publish } = recordingBus();
    let made = 0;
    const topics = new LobbyTopics(bus, () => ({ event: ++made }));
    const heard: [string, string, number][] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        topics.listen('lobby.doctor.d-1', (event, shared) => heard.push([name, event.id, shared.event])),
      ),
    );
    publish('lobby.doctor.d-1', 'e-1');
    publish('lobby.doctor.d-1', 'e-2');
    expect(calls.subscribe).toBe(1);
    expect(heard).toEqual([
      ['a', 'e-1', 1],
      ['b', 'e-1', 1],
      ['c', 'e-1', 1],
      ['a', 'e-2', 2],
      ['b', 'e-2', 2],
      ['c', 'e-2', 2],
    ]);
  });

  it('keeps topics apart', async () => {
    const { bus, calls, publish } = recordingBus();
    const topics = new LobbyTopics(bus, () => undefined);
    const heard: string[] = [];
    await topics.listen('lobby.doctor.d-1', () => heard.push('d-1'));
    await topics.listen('lobby.doctor.d-2', () => heard.push('d-2'));
    publish('lobby.doctor.d-2', 'e-1');
    expect(calls.subscribe).toBe(2);
    expect(heard).toEqual(['d-2']);
  });

  it('unsubscribes when the last listener leaves, and subscribes again for the next', async () => {
    const { bus, calls, publish } = recordingBus();
    const topics = new LobbyTopics(bus, () => undefined);
    const heard: string[] = [];
    const first = await topics.listen('lobby.doctor.d-1', () => heard.push('first'));
    const second = await topics.listen('lobby.doctor.d-1', () => heard.push('second'));
    await first();
    await first();
    expect(calls.unsubscribe).toBe(0);
    publish('lobby.doctor.d-1', 'e-1');
    await second();
    expect(calls.unsubscribe).toBe(1);
    publish('lobby.doctor.d-1', 'e-2');
    expect(heard).toEqual(['second']);

    await topics.listen('lobby.doctor.d-1', () => heard.push('third'));
    publish('lobby.doctor.d-1', 'e-3');
    expect(calls.subscribe).toBe(2);
    expect(heard).toEqual(['second', 'third']);
  });

  it('rejects every listener of a subscription the bus refused, and lets the next one try again', async () => {
    const { bus, calls, publish } = recordingBus(true);
    const topics = new LobbyTopics(bus, () => undefined);
    const heard: string[] = [];
    const refused = await Promise.allSettled([
      topics.listen('lobby.doctor.d-1', () => heard.push('a')),
      topics.listen('lobby.doctor.d-1', () => heard.push('b')),
    ]);
    expect(refused.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await topics.listen('lobby.doctor.d-1', () => heard.push('c'));
    publish('lobby.doctor.d-1', 'e-1');
    expect(calls.subscribe).toBe(2);
    expect(heard).toEqual(['c']);
  });
});
