import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsNull, Like, Not, type DataSource } from 'typeorm';
import { createDataSource, migrate } from '../database.js';
import { createLogger } from '../logger.js';
import {
  createTestDatabase,
  eventsOn,
  eventually,
  mysqlAvailable,
  redisAvailable,
  TEST_REDIS_URL,
  type TestDatabase,
} from '../testing/index.js';
import type { EventEnvelope } from './catalogue.js';
import { InProcessEventBus } from './in-process.bus.js';
import { RedisEventBus } from './redis.bus.js';
import { OutboxEvent } from './outbox.entity.js';
import { OutboxOrigin1764900000000 } from './outbox-origin.migration.js';
import { CreateOutbox1763700000000 } from './outbox.migration.js';
import { AppliedEvent } from './applied-event.entity.js';
import { CreateAppliedEvents1763700000001 } from './applied-event.migration.js';
import { AppliedEventsPerGroup1765000000401 } from './applied-event-group.migration.js';
import { DeadLetterEvent } from './dead-letter.entity.js';
import { CreateDeadLetterEvents1763700000003 } from './dead-letter.migration.js';
import { DeadLetterReplay1763700000004 } from './dead-letter-replay.migration.js';
import { checkedPayload } from './payloads.js';
import { newId } from '../ids.js';
import { OutboxRelay } from './outbox.js';
import { POISON_ATTEMPTS, UnitOfWork } from './unit-of-work.js';

const redisUp = await redisAvailable();
const mysqlUp = await mysqlAvailable();

const event = (doctorId: string): EventEnvelope => ({
  id: `evt-${doctorId}`,
  type: 'doctors.schedule-changed',
  occurredAt: '2026-11-21T08:00:00.000Z',
  payload: { doctorId },
});

const OUTBOX_MIGRATIONS = [
  CreateOutbox1763700000000,
  CreateAppliedEvents1763700000001,
  CreateDeadLetterEvents1763700000003,
  DeadLetterReplay1763700000004,
  OutboxOrigin1764900000000,
  AppliedEventsPerGroup1765000000401,
];

/** A real bus that can be switched off, as Redis is during an outage, at once or after so many more events. */
class InterruptibleBus extends InProcessEventBus {
  down = false;
  private left = Number.POSITIVE_INFINITY;

  goesDownAfter(events: number): void {
    this.left = events;
  }

  override async publish(published: EventEnvelope): Promise<void> {
    if (this.left <= 0) this.down = true;
    if (this.down) throw new Error('connection refused');
    this.left -= 1;
    await super.publish(published);
  }

  comesBack(): void {
    this.down = false;
    this.left = Number.POSITIVE_INFINITY;
  }
}

const stores: [string, boolean, () => Promise<{ url?: string; cleanup(): Promise<void> }>][] = [
  [
    'SQLite',
    true,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
      return { cleanup: async () => rmSync(dir, { recursive: true, force: true }), dir };
    },
  ],
  [
    'MariaDB',
    mysqlUp,
    async () => {
      const database: TestDatabase = await createTestDatabase('outbox');
      return { url: database.url, cleanup: () => database.drop() };
    },
  ],
];

/** A migrated database with the outbox's tables, on the store `makeStore` makes. */
async function openStore(makeStore: (typeof stores)[number][2]) {
  const store = (await makeStore()) as { url?: string; dir?: string; cleanup(): Promise<void> };
  const dataSource = createDataSource({
    name: 'outbox-test',
    url: store.url,
    dataDir: store.dir ?? tmpdir(),
    entities: [OutboxEvent, AppliedEvent, DeadLetterEvent],
    migrations: OUTBOX_MIGRATIONS,
  });
  await dataSource.initialize();
  await migrate(dataSource);
  return { dataSource, cleanup: store.cleanup };
}

describe.each(stores)('the outbox on %s', (_name, available, makeStore) => {
  let dataSource: DataSource;
  let cleanup: () => Promise<void>;
  const bus = new InterruptibleBus();
  let relay: OutboxRelay;
  let uow: UnitOfWork;

  beforeAll(async () => {
    if (!available) return;
    ({ dataSource, cleanup } = await openStore(makeStore));
    relay = new OutboxRelay(dataSource, bus, createLogger({ name: 'test', level: 'silent' }), {
      name: 'test',
      republishHours: 1,
      intervalMs: 50,
    });
    uow = new UnitOfWork(dataSource, relay);
    relay.start();
  });

  afterAll(async () => {
    if (!available) return;
    await relay.stop();
    await dataSource.destroy();
    await cleanup();
  });

  it.runIf(available)('publishes what a transaction emitted, in order, once it has committed', async () => {
    const seen = eventsOn(bus, 'doctors.doctor-created');
    await seen.ready;
    await uow.run(async (_manager, emit) => {
      emit('doctors.doctor-created', { doctorId: 'a', departmentId: 'obstetrics' });
      emit('doctors.doctor-created', { doctorId: 'b', departmentId: 'obstetrics' });
    });
    await eventually(() => expect(seen.events.map((e) => e.payload)).toHaveLength(2));
    expect(seen.events.map((e) => (e.payload as { doctorId: string }).doctorId)).toEqual(['a', 'b']);
    const published = () =>
      dataSource.getRepository(OutboxEvent).countBy({ type: 'doctors.doctor-created', publishedAt: Not(IsNull()) });
    await relay.drain();
    expect(await published()).toBe(2);
  });

  it.runIf(available)('publishes nothing of a transaction that rolled back', async () => {
    const seen = eventsOn(bus, 'doctors.doctor-updated');
    await seen.ready;
    await expect(
      uow.run(async (_manager, emit) => {
        emit('doctors.doctor-updated', { doctorId: 'rolled-back', departmentId: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await relay.drain();
    expect(seen.events).toEqual([]);
    const rows = await dataSource.getRepository(OutboxEvent).findBy({ type: 'doctors.doctor-updated' });
    expect(rows).toEqual([]);
  });

  it.runIf(available)(
    "writes what is emitted inside a caller's own transaction, committed or rolled back with it",
    async () => {
      const seen = eventsOn(bus, 'accounts.user-registered');
      await seen.ready;
      const joined = (userId: string, outcome: () => void) =>
        dataSource.transaction(async (manager) => {
          await uow.joining(manager, (emit) => emit('accounts.user-registered', { userId, role: 'PATIENT' }));
          outcome();
        });
      await joined('joined-kept', () => {});
      await expect(
        joined('joined-rolled-back', () => {
          throw new Error('the caller failed');
        }),
      ).rejects.toThrow('the caller failed');
      // Not nudged while the caller's transaction was open: the relay's next round publishes it.
      await eventually(() =>
        expect(seen.events.map((e) => (e.payload as { userId: string }).userId)).toEqual(['joined-kept']),
      );
      const rows = await dataSource.getRepository(OutboxEvent).findBy({ type: 'accounts.user-registered' });
      expect(rows.map((row) => JSON.parse(row.payload).userId)).toEqual(['joined-kept']);
    },
  );

  it.runIf(available)(
    'keeps concurrent transactions apart: a failed one leaves nothing, the other commits',
    async () => {
      const failing = uow.run(async (_manager, emit) => {
        emit('doctors.medical-service-created', {
          serviceId: 'failed',
          departmentId: 'x',
          durationMinutes: 30,
          priceCents: 1,
        });
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error('the first change failed');
      });
      const succeeding = uow.run(async (_manager, emit) => {
        emit('doctors.medical-service-created', {
          serviceId: 'kept',
          departmentId: 'x',
          durationMinutes: 30,
          priceCents: 1,
        });
      });
      await expect(failing).rejects.toThrow('the first change failed');
      await succeeding;
      const rows = await dataSource.getRepository(OutboxEvent).findBy({ type: 'doctors.medical-service-created' });
      expect(rows.map((row) => JSON.parse(row.payload).serviceId)).toEqual(['kept']);
    },
  );

  it.runIf(available)('applies a consumed event once, however often it is delivered', async () => {
    const delivered: EventEnvelope = { ...event('once'), id: newId() };
    const effects: string[] = [];
    const apply = () =>
      uow.applyOnce(delivered, async () => {
        effects.push('applied');
      });
    expect(await apply()).toBe('applied');
    expect(await apply()).toBe('duplicate');
    expect(await Promise.all([apply(), apply()])).toEqual(['duplicate', 'duplicate']);
    expect(effects).toEqual(['applied']);
  });

  it.runIf(available)(
    'applies an event once per consumer group, and counts one applied before groups were kept for all',
    async () => {
      const shared: EventEnvelope = { ...event('two groups'), id: newId() };
      const effects: string[] = [];
      const apply = (group: string) =>
        uow.applyOnce(
          shared,
          async () => {
            effects.push(group);
          },
          group,
        );
      expect(await apply('notifications')).toBe('applied');
      expect(await apply('waitlist')).toBe('applied');
      expect(await Promise.all([apply('notifications'), apply('waitlist')])).toEqual(['duplicate', 'duplicate']);
      expect(effects).toEqual(['notifications', 'waitlist']);

      const legacy: EventEnvelope = { ...event('before groups'), id: newId() };
      await dataSource
        .getRepository(AppliedEvent)
        .insert({ eventId: legacy.id, consumerGroup: '', type: legacy.type, appliedAt: new Date() });
      expect(await uow.applyOnce(legacy, async () => Promise.reject(new Error('applied twice')), 'waitlist')).toBe(
        'duplicate',
      );
    },
  );

  it.runIf(available)('parks a malformed event with its reason, once, and rolls back what it began', async () => {
    const malformed = {
      id: newId(),
      type: 'feedback.submitted',
      occurredAt: new Date().toISOString(),
      payload: { feedbackId: 'f-1', appointmentId: 'a-1', patientId: 'p-1', doctorId: 'd-1', rating: 9 },
    } as EventEnvelope<'feedback.submitted'>;
    const apply = () =>
      uow.applyOnce(malformed, async (_manager, emit) => {
        emit('doctors.schedule-changed', { doctorId: 'never' });
        checkedPayload(malformed);
      });
    expect(await apply()).toBe('parked');
    expect(await apply()).toBe('duplicate');
    const parked = await dataSource.getRepository(DeadLetterEvent).findOneByOrFail({ eventId: malformed.id });
    expect(parked.type).toBe('feedback.submitted');
    expect(parked.reason).toContain('rating');
    expect(parked.reason).toContain('submittedAt');
    expect(JSON.parse(parked.event)).toEqual(malformed);
    const outbox = await dataSource.getRepository(OutboxEvent).findBy({ type: 'doctors.schedule-changed' });
    expect(outbox.filter((row) => row.payload.includes('never'))).toEqual([]);
  });

  it.runIf(available)(
    'publishes more than a batch in rounds, keeping what went out before a failure marked, each event once',
    async () => {
      const seen = eventsOn(bus, 'doctors.schedule-changed');
      await seen.ready;
      const ids = Array.from({ length: 250 }, (_, i) => `batch-${i}`);
      const ours = () =>
        seen.events
          .map((event) => (event.payload as { doctorId: string }).doctorId)
          .filter((id) => id.startsWith('batch-'));
      bus.goesDownAfter(130);
      await uow.run(async (_manager, emit) => {
        for (const doctorId of ids) emit('doctors.schedule-changed', { doctorId });
      });
      await eventually(() => expect(ours()).toHaveLength(130));
      const rows = () =>
        dataSource
          .getRepository(OutboxEvent)
          .find({ where: { type: 'doctors.schedule-changed' }, order: { sequence: 'ASC' } })
          .then((all) => all.filter((row) => row.payload.includes('batch-')));
      // The relay marks what went out when its round's transaction commits, just after the failure.
      await eventually(async () =>
        expect((await rows()).map((row) => row.publishedAt !== null)).toEqual(ids.map((_, i) => i < 130)),
      );
      bus.comesBack();
      await relay.drain();
      expect(ours()).toEqual(ids);
      expect((await rows()).every((row) => row.publishedAt !== null)).toBe(true);
    },
  );

  it.runIf(available)('keeps an event committed while the bus is down and publishes it when it is back', async () => {
    const seen = eventsOn(bus, 'doctors.schedule-changed');
    await seen.ready;
    bus.down = true;
    await uow.run(async (_manager, emit) => emit('doctors.schedule-changed', { doctorId: 'during-outage' }));
    await expect(relay.drain()).rejects.toThrow('connection refused');
    const pending = await dataSource
      .getRepository(OutboxEvent)
      .findOneByOrFail({ type: 'doctors.schedule-changed', payload: Like('%during-outage%') });
    expect(pending.publishedAt).toBeNull();
    expect(pending.attempts).toBeGreaterThan(0);
    bus.comesBack();
    await relay.drain();
    await eventually(() => expect(seen.events).toHaveLength(1));
    const sent = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: pending.id });
    expect(sent.publishedAt).toBeInstanceOf(Date);
  });
});

/** What a database answers when it cannot hold a value: the same every time. */
const outOfRange = () =>
  Object.assign(new Error("Out of range value for column 'total_cents'"), {
    code: 'ER_WARN_DATA_OUT_OF_RANGE',
    driverError: { code: 'ER_WARN_DATA_OUT_OF_RANGE' },
  });
/** What a database answers when its connection was killed: it may pass. */
const connectionLost = () =>
  Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });

describe.each(stores)('poison events and dead letters on %s', (_name, available, makeStore) => {
  let dataSource: DataSource;
  let cleanup: () => Promise<void>;
  let uow: UnitOfWork;

  beforeAll(async () => {
    if (!available) return;
    ({ dataSource, cleanup } = await openStore(makeStore));
    const bus = new InProcessEventBus();
    uow = new UnitOfWork(
      dataSource,
      new OutboxRelay(dataSource, bus, createLogger({ name: 'test', level: 'silent' }), {
        name: 'test',
        republishHours: 1,
      }),
    );
  });

  afterAll(async () => {
    if (!available) return;
    await dataSource.destroy();
    await cleanup();
  });

  it.runIf(available)(
    `parks an event that fails the same way ${POISON_ATTEMPTS} times, with the fault and not the data`,
    async () => {
      const poison: EventEnvelope = { ...event('poison'), id: newId() };
      for (let attempt = 1; attempt < POISON_ATTEMPTS; attempt += 1) {
        await expect(uow.applyOnce(poison, async () => Promise.reject(outOfRange()), 'billing')).rejects.toThrow();
      }
      expect(await uow.applyOnce(poison, async () => Promise.reject(outOfRange()), 'billing')).toBe('parked');
      const parked = await dataSource.getRepository(DeadLetterEvent).findOneByOrFail({ eventId: poison.id });
      expect(parked).toMatchObject({
        consumerGroup: 'billing',
        reason: `failed ${POISON_ATTEMPTS} times: Error: ER_WARN_DATA_OUT_OF_RANGE`,
      });
      expect(await uow.applyOnce(poison, async () => {}, 'billing')).toBe('duplicate');
    },
  );

  it.runIf(available)('never parks an event for a passing failure, however often it happens', async () => {
    const delayed: EventEnvelope = { ...event('delayed'), id: newId() };
    for (let attempt = 0; attempt < POISON_ATTEMPTS * 2; attempt += 1) {
      await expect(uow.applyOnce(delayed, async () => Promise.reject(connectionLost()), 'billing')).rejects.toThrow();
    }
    expect(await uow.applyOnce(delayed, async () => {}, 'billing')).toBe('applied');
    expect(await dataSource.getRepository(DeadLetterEvent).findOneBy({ eventId: delayed.id })).toBeNull();
  });

  it.runIf(available)('applies a dead letter again when asked, or keeps it with the new reason', async () => {
    const stuck: EventEnvelope = { ...event('replayed'), id: newId() };
    for (let attempt = 0; attempt < POISON_ATTEMPTS; attempt += 1) {
      await uow.applyOnce(stuck, async () => Promise.reject(outOfRange()), 'billing').catch(() => 'failed');
    }
    const letters = dataSource.getRepository(DeadLetterEvent);
    const parked = await letters.findOneByOrFail({ eventId: stuck.id });
    expect(await uow.replay(parked, async () => Promise.reject(new TypeError('still broken')))).toBe('failed');
    expect(await letters.findOneByOrFail({ eventId: stuck.id })).toMatchObject({
      reason: 'replayed, failed again: TypeError',
      replayRequestedAt: null,
    });
    const applied: string[] = [];
    expect(
      await uow.replay(parked, async (replayed) => {
        applied.push(replayed.id);
      }),
    ).toBe('applied');
    expect(applied).toEqual([stuck.id]);
    expect(await letters.findOneBy({ eventId: stuck.id })).toBeNull();
    expect(await uow.applyOnce(stuck, async () => {}, 'billing')).toBe('duplicate');
  });

  it.runIf(available)('records a stream entry lost before it was applied, once', async () => {
    await uow.recordLost('analytics', '1733300000000-0');
    await uow.recordLost('analytics', '1733300000000-0');
    const lost = await dataSource.getRepository(DeadLetterEvent).findBy({ eventId: 'lost:1733300000000-0' });
    expect(lost).toEqual([expect.objectContaining({ consumerGroup: 'analytics', type: 'unknown' })]);
  });
});

describe.runIf(redisUp)('the outbox over a Redis that lost its stream', () => {
  const doctorOf = (e: EventEnvelope) => (e.payload as { doctorId: string }).doctorId;

  it('has the outbox publish its recent events again into a stream that lost them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'republish-'));
    const name = `test:events:${newId()}`;
    const bus = new RedisEventBus(TEST_REDIS_URL, () => {}, name);
    const probe = new Redis(TEST_REDIS_URL);
    const dataSource = createDataSource({
      name: 'republish-test',
      dataDir: dir,
      entities: [OutboxEvent, AppliedEvent, DeadLetterEvent],
      migrations: OUTBOX_MIGRATIONS,
    });
    await dataSource.initialize();
    await migrate(dataSource);
    const relay = new OutboxRelay(dataSource, bus, createLogger({ name: 'test', level: 'silent' }), {
      name: 'republish-test',
      republishHours: 1,
    });
    relay.start();
    const uow = new UnitOfWork(dataSource, relay);
    try {
      await relay.restoreLog();
      expect(await bus.logHolds('republish-test')).toBe(true);
      await uow.run(async (_manager, emit) => {
        emit('doctors.schedule-changed', { doctorId: 'kept-1' });
        emit('doctors.schedule-changed', { doctorId: 'kept-2' });
      });
      await relay.drain();
      expect(await probe.xlen(name)).toBe(2);
      // Redis restarted empty: the stream and the outbox's mark are gone together.
      await probe.del(name, `${name}:outbox:republish-test`);
      await relay.restoreLog();
      const seen: string[] = [];
      const stop = await bus.consume('after-the-wipe', ['doctors.schedule-changed'], (e) => {
        seen.push(doctorOf(e));
      });
      await eventually(() => expect(seen).toEqual(['kept-1', 'kept-2']));
      await stop();
      await relay.restoreLog();
      expect(await probe.xlen(name)).toBe(2);
    } finally {
      await relay.stop();
      await bus.close();
      probe.disconnect();
      await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
