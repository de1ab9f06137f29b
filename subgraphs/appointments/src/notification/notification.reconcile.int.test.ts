import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDataSource,
  createLogger,
  InProcessEventBus,
  migrate,
  newId,
  OutboxRelay,
  UnitOfWork,
  type AppointmentEventPayload,
  type Clock,
  type EventType,
  type Unsubscribe,
} from '@hospital/kit';
import { createTestDatabase, mysqlAvailable, type TestDatabase } from '@hospital/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appointment } from '../appointment/appointment.entity.js';
import { approvedVisit } from './visit.fixture.js';
import { AppointmentStatus } from '../appointment/appointment-status.js';
import { appointmentsTables } from '../app.js';
import type { ContactDirectory } from './contacts.client.js';
import { consumeForNotifications, reconcileVisit } from './notification.consumer.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import { Notification, NotificationStatus } from './notification.entity.js';
import type { Sender } from './senders.js';

const HOUR = 3_600_000;
const logger = createLogger({ name: 'test', level: 'silent' });
const backends = [
  { name: 'the embedded SQLite file', mysql: false },
  { name: 'MariaDB', mysql: await mysqlAvailable() },
].filter((b) => b.name !== 'MariaDB' || b.mysql);

describe.each(backends)('reconciled notifications and re-checked delivery on $name', ({ mysql }) => {
  let source: DataSource;
  let database: TestDatabase | undefined;
  let dataDir: string;
  let bus: InProcessEventBus;
  let uow: UnitOfWork;
  let now = new Date('2026-12-01T08:00:00.000Z');
  const clock: Clock = { now: () => now };
  const sent: string[] = [];
  let beforeLookup: (id: string) => Promise<void> = async () => {};
  let beforeSend: (notificationId: string) => Promise<void> = async () => {};

  const contacts: ContactDirectory = {
    lookup: async (_role, id) => {
      await beforeLookup(id);
      return { name: null, email: `${id}@example.com`, phone: '+380500000000' };
    },
  };
  const sender: Sender = {
    name: 'recording',
    async send(to, message, { notificationId }) {
      await beforeSend(notificationId);
      sent.push(`${to} ${message.subject}`);
    },
  };
  const dispatcher = () =>
    new NotificationDispatcher(source, clock, logger, contacts, { EMAIL: sender, SMS: sender }, 'Europe/Kyiv', {
      intervalMs: 60_000,
    });

  const insertVisit = async (over: Partial<Appointment>): Promise<Appointment> => {
    const visit = approvedVisit(now, over);
    await source.getRepository(Appointment).insert(visit);
    return visit;
  };
  const setVisit = (id: string, changes: Partial<Appointment>) => {
    const ends = changes.startsAt ? { endsAt: new Date(changes.startsAt.getTime() + 30 * 60_000) } : {};
    return source.transaction((m) => m.update(Appointment, { id }, { updatedAt: now, ...changes, ...ends }));
  };
  /** An event as a relay publishes it; its payload may be stale, and reconciling ignores it. */
  const envelope = (type: EventType, a: Appointment, start = a.startsAt) => ({
    id: newId(),
    type,
    occurredAt: now.toISOString(),
    payload: {
      appointmentId: a.id,
      patientId: a.patientId,
      doctorId: a.doctorId,
      serviceId: a.serviceId,
      departmentId: a.departmentId,
      status: 'APPROVED',
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      priceCents: 0,
      cancellationFeeCents: null,
      rescheduleCount: 0,
      previousStart: null,
    } satisfies AppointmentEventPayload,
  });
  /** Applies one (any) event of the visit, as the consumer does. */
  const reconcileNow = (appointmentId: string) =>
    uow.applyOnce(
      { id: newId(), type: 'appointments.rescheduled', occurredAt: now.toISOString(), payload: {} as never },
      async (m) => {
        await reconcileVisit(m, appointmentId, now);
      },
    );
  /** Publishes events in the order given and waits until the consumer has applied them all. */
  const consume = async (...events: ReturnType<typeof envelope>[]) => {
    let applied = 0;
    const runtime = { bus, uow, logger, clock, config: { name: 'appointments' } };
    const unsubscribe: Unsubscribe = await consumeForNotifications(runtime, () => (applied += 1));
    for (const event of events) await bus.publish(event);
    await expect.poll(() => applied, { timeout: 5_000 }).toBe(events.length);
    await unsubscribe();
  };
  const rowsOf = (appointmentId: string) =>
    source.getRepository(Notification).find({ where: { appointmentId }, order: { kind: 'ASC', channel: 'ASC' } });
  const summary = async (appointmentId: string) =>
    (await rowsOf(appointmentId)).map((n) => `${n.kind}/${n.channel}/${n.status}@${n.dueAt.toISOString()}`);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'notif-'));
    database = mysql ? await createTestDatabase('notif_reconcile') : undefined;
    source = createDataSource({ name: 'appointments', url: database?.url, dataDir, ...appointmentsTables });
    await source.initialize();
    await migrate(source);
    bus = new InProcessEventBus();
    uow = new UnitOfWork(
      source,
      new OutboxRelay(source, bus, logger, { name: 'appointments', republishHours: 1 }),
      clock,
    );
  });
  afterAll(async () => {
    await bus?.close();
    await source?.destroy();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('cancelled applied before approved: no confirmation and no reminders, the doctor told once', async () => {
    const visit = await insertVisit({ status: AppointmentStatus.CANCELLED });
    // The relays published them the wrong way round.
    await consume(envelope('appointments.cancelled', visit), envelope('appointments.approved', visit));
    const rows = await rowsOf(visit.id);
    expect(rows.map((n) => [n.kind, n.channel, n.recipientId, n.status])).toEqual([
      ['CANCELLATION', 'EMAIL', visit.doctorId, 'PENDING'],
      ['CANCELLATION', 'SMS', visit.doctorId, 'PENDING'],
    ]);
  });

  it('a reschedule applied before the approval leaves the reminders at the new time', async () => {
    const before = new Date('2026-12-07T08:00:00.000Z');
    const visit = await insertVisit({ startsAt: new Date('2026-12-09T08:00:00.000Z') });
    // The reschedule first, then the approval whose payload still holds the old start.
    await consume(envelope('appointments.rescheduled', visit), envelope('appointments.approved', visit, before));
    expect(await summary(visit.id)).toEqual([
      `CONFIRMATION/EMAIL/PENDING@${now.toISOString()}`,
      `CONFIRMATION/SMS/PENDING@${now.toISOString()}`,
      'REMINDER_1H/EMAIL/PENDING@2026-12-09T07:00:00.000Z',
      'REMINDER_1H/SMS/PENDING@2026-12-09T07:00:00.000Z',
      'REMINDER_24H/EMAIL/PENDING@2026-12-08T08:00:00.000Z',
      'REMINDER_24H/SMS/PENDING@2026-12-08T08:00:00.000Z',
    ]);
    // Moved again: the pending reminders follow.
    await setVisit(visit.id, { startsAt: new Date('2026-12-10T08:00:00.000Z') });
    await reconcileNow(visit.id);
    expect((await summary(visit.id)).filter((s) => s.startsWith('REMINDER_1H'))).toEqual([
      'REMINDER_1H/EMAIL/PENDING@2026-12-10T07:00:00.000Z',
      'REMINDER_1H/SMS/PENDING@2026-12-10T07:00:00.000Z',
    ]);
  });

  it('makes nothing for old visits and old cancellations (a new consumer group reading the stream from its start)', async () => {
    const past = await insertVisit({ startsAt: new Date(now.getTime() - 48 * HOUR) });
    const oldCancel = await insertVisit({
      status: AppointmentStatus.CANCELLED,
      updatedAt: new Date(now.getTime() - 30 * HOUR),
    });
    await reconcileNow(past.id);
    await reconcileNow(oldCancel.id);
    expect(await rowsOf(past.id)).toEqual([]);
    expect(await rowsOf(oldCancel.id)).toEqual([]);
  });

  it('does not send a reminder dropped between its claim and its send', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 3 * HOUR) });
    await reconcileNow(visit.id);
    // Confirmations out of the way.
    await dispatcher().runRound();
    sent.length = 0;
    now = new Date(visit.startsAt.getTime() - HOUR + 1_000);
    // Claimed; then, while the contacts are looked up, the visit is cancelled and the consumer drops the reminders.
    let dropping: Promise<void> | undefined;
    beforeLookup = () =>
      (dropping ??= (async () => {
        await setVisit(visit.id, { status: AppointmentStatus.CANCELLED });
        await reconcileNow(visit.id);
      })());
    expect(await dispatcher().runRound()).toBe(2);
    beforeLookup = async () => {};
    expect(sent).toEqual([]);
    const reminders = (await rowsOf(visit.id)).filter((n) => n.kind === 'REMINDER_1H');
    expect(reminders.map((n) => n.status)).toEqual(['CANCELLED', 'CANCELLED']);
    // The doctor's notice was made by that reconciliation and goes out on the next round.
    expect(await dispatcher().runRound()).toBe(2);
    expect(sent).toHaveLength(2);
    expect(sent.every((s) => s.includes('A visit was cancelled'))).toBe(true);
    sent.length = 0;
  });

  it('cancels instead of sending when the visit moved and the consumer has not caught up yet', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 30 * HOUR) });
    await reconcileNow(visit.id);
    await dispatcher().runRound();
    sent.length = 0;
    now = new Date(now.getTime() + 6 * HOUR + 1_000);
    // The 24 h reminder is due; the visit is moved two days later, its event not consumed yet.
    await setVisit(visit.id, { startsAt: new Date(visit.startsAt.getTime() + 48 * HOUR) });
    expect(await dispatcher().runRound()).toBe(2);
    expect(sent).toEqual([]);
    expect((await rowsOf(visit.id)).filter((n) => n.kind === 'REMINDER_24H').map((n) => n.status)).toEqual([
      'CANCELLED',
      'CANCELLED',
    ]);
    // The reschedule event then brings them back, at the new time.
    await reconcileNow(visit.id);
    const moved = new Date(visit.startsAt.getTime() + 24 * HOUR).toISOString();
    expect((await summary(visit.id)).filter((s) => s.startsWith('REMINDER_24H'))).toEqual([
      `REMINDER_24H/EMAIL/PENDING@${moved}`,
      `REMINDER_24H/SMS/PENDING@${moved}`,
    ]);
  });

  it('a row dropped while its message is on the way stays dropped (the SENT update is conditional)', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 10 * HOUR) });
    beforeSend = async (notificationId) => {
      await source.transaction((m) =>
        m.update(Notification, { id: notificationId }, { status: NotificationStatus.CANCELLED }),
      );
    };
    await reconcileNow(visit.id);
    expect(await dispatcher().runRound()).toBe(2);
    beforeSend = async () => {};
    expect(sent).toHaveLength(2);
    sent.length = 0;
    expect((await rowsOf(visit.id)).filter((n) => n.kind === 'CONFIRMATION').map((n) => [n.status, n.sentAt])).toEqual([
      ['CANCELLED', null],
      ['CANCELLED', null],
    ]);
  });

  it('gives up a failing reminder (FAILED, with its error) once the visit has started', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 2 * HOUR) });
    await reconcileNow(visit.id);
    await dispatcher().runRound();
    sent.length = 0;
    now = new Date(visit.startsAt.getTime() - HOUR);
    beforeSend = async () => {
      throw new Error('provider down');
    };
    for (let round = 0; round < 40 && now < visit.startsAt; round += 1) {
      await dispatcher().runRound();
      now = new Date(now.getTime() + 5 * 60_000);
    }
    beforeSend = async () => {};
    const reminders = (await rowsOf(visit.id)).filter((n) => n.kind === 'REMINDER_1H');
    expect(reminders.map((n) => [n.status, n.lastError])).toEqual([
      ['FAILED', 'Error'],
      ['FAILED', 'Error'],
    ]);
    expect(reminders.every((n) => n.attempts > 1)).toBe(true);
    expect(await dispatcher().runRound()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('retries a failing confirmation for 24 h after it was due, then records it FAILED', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 7 * 24 * HOUR) });
    await reconcileNow(visit.id);
    const due = now;
    beforeLookup = async () => {
      throw new Error('patients down');
    };
    let rounds = 0;
    while (now.getTime() < due.getTime() + 25 * HOUR) {
      rounds += await dispatcher().runRound();
      now = new Date(now.getTime() + 20 * 60_000);
    }
    beforeLookup = async () => {};
    const confirmations = (await rowsOf(visit.id)).filter((n) => n.kind === 'CONFIRMATION');
    expect(confirmations.map((n) => [n.status, n.lastError, n.sentAt])).toEqual([
      ['FAILED', 'Error', null],
      ['FAILED', 'Error', null],
    ]);
    // Kept trying through the day with the capped backoff (an hour at most between tries).
    expect(confirmations.every((n) => n.attempts >= 20)).toBe(true);
    expect(rounds).toBeGreaterThanOrEqual(40);
  });
});
