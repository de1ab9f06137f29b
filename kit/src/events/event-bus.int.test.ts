import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { newId } from '../ids.js';
import {
  appointmentEvent,
  eventually,
  eventsOn,
  freePort,
  ownRedis,
  redisAvailable,
  TEST_REDIS_URL,
} from '../testing/index.js';
import { doctorLobby, patientLobby, type EventEnvelope } from './catalogue.js';
import type { EventBus } from './event-bus.js';
import { InProcessEventBus } from './in-process.bus.js';
import { RedisEventBus } from './redis.bus.js';

const redisUp = await redisAvailable();

const event = (doctorId: string): EventEnvelope => ({
  id: `evt-${doctorId}`,
  type: 'doctors.schedule-changed',
  occurredAt: '2026-11-21T08:00:00.000Z',
  payload: { doctorId },
});
const ofDoctor = (doctorId: string): EventEnvelope => ({ ...event(doctorId), id: newId() });
const doctorOf = (e: EventEnvelope) => (e.payload as { doctorId: string }).doctorId;
/** Each Redis bus of a test gets a stream of its own, so that runs never read each other's events. */
const newStream = () => `test:events:${newId()}`;
/** What a database answers when its connection was killed: it may pass. */
const connectionLost = () =>
  Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });

/** Both buses take one suite: what the embedded default promises, Redis must keep. */
const buses: [string, boolean, () => EventBus][] = [
  ['in-process', true, () => new InProcessEventBus()],
  ['Redis', redisUp, () => new RedisEventBus(TEST_REDIS_URL, () => {}, newStream())],
];

describe.each(buses)('the %s event bus', (_name, available, createBus) => {
  describe('live fan-out', () => {
    it.runIf(available)('delivers an event to the subscribers of its type, and only to them', async () => {
      const bus = createBus();
      const schedule = eventsOn(bus, 'doctors.schedule-changed');
      const created = eventsOn(bus, 'doctors.doctor-created');
      await Promise.all([schedule.ready, created.ready]);
      await bus.publish(event('d-1'));
      await eventually(() => expect(schedule.events).toEqual([event('d-1')]));
      expect(created.events).toEqual([]);
      await bus.close();
    });

    it.runIf(available)(
      'stops delivering once unsubscribed, and a failing handler does not stop the others',
      async () => {
        const bus = createBus();
        const kept = eventsOn(bus, 'doctors.schedule-changed');
        const unsubscribe = await bus.subscribe('doctors.schedule-changed', () => {
          throw new Error('a broken consumer');
        });
        await kept.ready;
        await bus.publish(event('d-2'));
        await eventually(() => expect(kept.events).toHaveLength(1));
        await unsubscribe();
        await bus.publish(event('d-3'));
        await eventually(() => expect(kept.events.map((e) => e.id)).toEqual(['evt-d-2', 'evt-d-3']));
        await bus.close();
      },
    );
  });

  describe('lobbies', () => {
    it.runIf(available)("delivers an appointment's events to its doctor's and its patient's lobby only", async () => {
      const bus = createBus();
      const doctor = eventsOn(bus, doctorLobby('doc-1'));
      const patient = eventsOn(bus, patientLobby('pat-1'));
      const otherDoctor = eventsOn(bus, doctorLobby('doc-2'));
      await Promise.all([doctor.ready, patient.ready, otherDoctor.ready]);
      const requested = appointmentEvent('appointments.requested', {
        patientId: 'pat-1',
        doctorId: 'doc-1',
        start: '2026-12-07T08:00:00.000Z',
        end: '2026-12-07T08:30:00.000Z',
      });
      await bus.publish(requested);
      await eventually(() => expect(doctor.events).toEqual([requested]));
      await eventually(() => expect(patient.events).toEqual([requested]));
      expect(otherDoctor.events).toEqual([]);
      await bus.close();
    });
  });

  describe('durable consumption', () => {
    const numbered = (n: number): EventEnvelope => ({ ...event(`d-${n}`), id: `evt-${newId()}` });

    it.runIf(available)('reads what was published before the group first consumed, in order', async () => {
      const bus = createBus();
      for (const n of [1, 2, 3]) await bus.publish(numbered(n));
      const seen: string[] = [];
      const stop = await bus.consume('late-group', ['doctors.schedule-changed'], (e) => {
        seen.push((e.payload as { doctorId: string }).doctorId);
      });
      await eventually(() => expect(seen).toEqual(['d-1', 'd-2', 'd-3']));
      await stop();
      await bus.close();
    });

    it.runIf(available)('retries a failing handler until it succeeds, without skipping ahead', async () => {
      const bus = createBus();
      const seen: string[] = [];
      let failuresLeft = 2;
      const stop = await bus.consume('retrying-group', ['doctors.schedule-changed'], (e) => {
        const doctorId = (e.payload as { doctorId: string }).doctorId;
        if (doctorId === 'd-1' && failuresLeft-- > 0) throw new Error('not yet');
        seen.push(doctorId);
      });
      await bus.publish(numbered(1));
      await bus.publish(numbered(2));
      await eventually(() => expect(seen).toEqual(['d-1', 'd-2']), 5_000);
      await stop();
      await bus.close();
    });

    it.runIf(available)('gives a group what was published while its consumer was away, and nothing twice', async () => {
      const bus = createBus();
      const seen: string[] = [];
      const handler = (e: EventEnvelope) => {
        seen.push((e.payload as { doctorId: string }).doctorId);
      };
      const first = await bus.consume('returning-group', ['doctors.schedule-changed'], handler);
      await bus.publish(numbered(1));
      await eventually(() => expect(seen).toEqual(['d-1']));
      await first();
      await bus.publish(numbered(2));
      await bus.publish(numbered(3));
      const second = await bus.consume('returning-group', ['doctors.schedule-changed'], handler);
      await eventually(() => expect(seen).toEqual(['d-1', 'd-2', 'd-3']));
      await second();
      await bus.close();
    });
  });
});

describe.runIf(redisUp)('the Redis event bus alone: its connections, and Redis faults', () => {
  it('takes a crowd of subscriptions arriving while its subscriber connection is still opening', async () => {
    const bus = new RedisEventBus(TEST_REDIS_URL);
    const subscribing: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      subscribing.push(bus.subscribe(doctorLobby(`crowd-${i}`), () => {}));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const outcomes = await Promise.allSettled(subscribing);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    await bus.close();
  });

  it('leaves no Redis subscription behind once the last handler of a channel is gone', async () => {
    const bus = new RedisEventBus(TEST_REDIS_URL);
    const probe = new Redis(TEST_REDIS_URL);
    const channel = 'hospital.lobby.doctor.d-42';
    const first = await bus.subscribe(doctorLobby('d-42'), () => {});
    const second = await bus.subscribe(doctorLobby('d-42'), () => {});
    const count = async () => Number(((await probe.pubsub('NUMSUB', channel)) as [string, number])[1]);
    expect(await count()).toBe(1);
    await first();
    expect(await count()).toBe(1);
    await second();
    // graphql-redis-subscriptions sends UNSUBSCRIBE without waiting for Redis's reply, so the
    // probe's NUMSUB, on another connection, may be answered first: the count has to reach 0.
    await eventually(async () => expect(await count()).toBe(0));
    await bus.close();
    probe.disconnect();
  });

  it('makes a consumer group that was lost again, and consumes what comes after', async () => {
    const name = newStream();
    const bus = new RedisEventBus(TEST_REDIS_URL, () => {}, name);
    const probe = new Redis(TEST_REDIS_URL);
    const seen: string[] = [];
    let lostSignals = 0;
    bus.onLogMaybeLost(() => (lostSignals += 1));
    const stop = await bus.consume('nogroup-group', ['doctors.schedule-changed'], (e) => {
      seen.push(doctorOf(e));
    });
    await bus.publish(ofDoctor('before'));
    await eventually(() => expect(seen).toEqual(['before']));
    const signalsBefore = lostSignals;
    // What a Redis restarted empty looks like to a consumer: the stream and its groups are gone.
    await probe.del(name);
    await bus.publish(ofDoctor('after'));
    await eventually(() => expect(seen).toEqual(['before', 'after']), 8_000);
    expect(lostSignals).toBeGreaterThan(signalsBefore);
    await stop();
    await bus.close();
    probe.disconnect();
  });

  it('reports an entry trimmed from the stream before it was applied, then goes on', async () => {
    const name = newStream();
    const bus = new RedisEventBus(TEST_REDIS_URL, () => {}, name);
    const probe = new Redis(TEST_REDIS_URL);
    const lost: string[] = [];
    const seen: string[] = [];
    let held = true;
    const stop = await bus.consume(
      'trimmed-group',
      ['doctors.schedule-changed'],
      async (e) => {
        if (doctorOf(e) === 'trimmed' && held) {
          // The entry is pending now; it disappears from the stream before the retry.
          const [[id]] = (await probe.xrange(name, '-', '+')) as unknown as [[string]];
          await probe.xdel(name, id);
          held = false;
          throw connectionLost();
        }
        seen.push(doctorOf(e));
      },
      { onLost: async (id) => void lost.push(id) },
    );
    await bus.publish(ofDoctor('trimmed'));
    await bus.publish(ofDoctor('next'));
    await eventually(() => expect(seen).toEqual(['next']), 8_000);
    expect(lost).toHaveLength(1);
    const pending = (await probe.xpending(name, 'trimmed-group')) as [number];
    expect(pending[0]).toBe(0);
    await stop();
    await bus.close();
    probe.disconnect();
  });

  it('starts consuming while Redis is away, says it is not ready, and catches up once Redis comes', async () => {
    const redis = ownRedis(await freePort());
    const bus = new RedisEventBus(redis.url, () => {}, newStream());
    const seen: string[] = [];
    const started = Date.now();
    const stop = await bus.consume('late-redis', ['doctors.schedule-changed'], (e) => {
      seen.push(doctorOf(e));
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(bus.ready()).toBe(false);
    await redis.start();
    try {
      await eventually(() => expect(bus.ready()).toBe(true), 10_000);
      await bus.publish(ofDoctor('once-up'));
      await eventually(() => expect(seen).toEqual(['once-up']), 10_000);
    } finally {
      await stop();
      await bus.close();
      await redis.stop();
    }
  });
});
