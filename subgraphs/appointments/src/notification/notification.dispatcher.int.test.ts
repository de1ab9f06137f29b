import { createDataSource, createLogger, migrate, newId, type Clock } from '@hospital/kit';
import { createTestDatabase, mysqlAvailable, type TestDatabase } from '@hospital/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appointment } from '../appointment/appointment.entity.js';
import { approvedVisit, fixedNames } from '../testing/visit.fixture.js';
import { appointmentsTables } from '../app.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import { Notification } from './notification.entity.js';
import { NotificationChannel, NotificationKind } from './notification.enums.js';
import { recordNotices } from './notices.js';
import type { Sender, Senders } from './senders.js';

const ROWS = 60;
const logger = createLogger({ name: 'test', level: 'silent' });

describe.runIf(await mysqlAvailable())('notification dispatchers racing on MariaDB', () => {
  let database: TestDatabase;
  const sources: DataSource[] = [];
  let now = new Date('2026-12-01T08:00:00.000Z');
  const clock: Clock = { now: () => now };
  const appointmentId = newId();

  const open = async () => {
    const source = createDataSource({
      name: 'appointments',
      url: database.url,
      dataDir: '.data',
      ...appointmentsTables,
    });
    await source.initialize();
    sources.push(source);
    return source;
  };
  const dispatcher = (source: DataSource, senders: Senders, batch = 3) =>
    new NotificationDispatcher(
      source,
      clock,
      logger,
      { lookup: async (_role, id) => ({ name: null, email: `${id}@example.com`, phone: '+380500000000' }) },
      fixedNames,
      senders,
      'Europe/Kyiv',
      { intervalMs: 60_000, batch },
    );
  const counting = (sent: string[], fail = () => false): Sender => ({
    name: 'counting',
    async send(to) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      if (fail()) throw new Error('provider down');
      sent.push(to);
    },
  });
  const insertDue = async (source: DataSource, count: number, channel = NotificationChannel.EMAIL) => {
    const recipients = Array.from({ length: count }, () => newId());
    const drafts = recipients.map((recipientId) => ({
      appointmentId,
      recipientId,
      recipientRole: 'PATIENT' as const,
      kind: NotificationKind.CONFIRMATION,
      channel,
      dueAt: new Date(now.getTime() - 1_000),
    }));
    await source.transaction((manager) => recordNotices(manager, drafts, now));
    return recipients;
  };

  beforeAll(async () => {
    database = await createTestDatabase('notif_dispatch');
    const source = await open();
    await migrate(source);
    await source.getRepository(Appointment).insert(approvedVisit(now, { id: appointmentId }));
  });
  afterAll(async () => {
    for (const source of sources) await source.destroy();
    await database?.drop();
  });

  it('four processes claiming at once send each due notification exactly once', async () => {
    const first = sources[0]!;
    const recipients = await insertDue(first, ROWS);
    const sent: string[] = [];
    const racers = [first, await open(), await open(), await open()].map((source) =>
      dispatcher(source, { EMAIL: counting(sent), SMS: counting(sent) }),
    );
    const claimedBy = racers.map(() => 0);
    for (let round = 0; round < ROWS; round += 1) {
      const claimed = await Promise.all(racers.map((d) => d.runRound()));
      claimed.forEach((n, i) => (claimedBy[i]! += n));
      if (claimed.every((n) => n === 0)) break;
    }
    expect(sent.sort()).toEqual(recipients.map((id) => `${id}@example.com`).sort());
    // Each process took a share: the claims really raced.
    expect(claimedBy.filter((n) => n > 0).length).toBeGreaterThan(1);
    const statuses = await first.query(`SELECT status, COUNT(*) AS n FROM notifications GROUP BY status`);
    expect(statuses.map((r: { status: string; n: number }) => [r.status, Number(r.n)])).toEqual([['SENT', ROWS]]);
  });

  it('retries a confirmation with backoff for 24 h after it was due, then records FAILED, never silently', async () => {
    const source = sources[0]!;
    const due = new Date(now.getTime() - 1_000);
    const [recipient] = await insertDue(source, 1, NotificationChannel.SMS);
    const sent: string[] = [];
    const failing = dispatcher(source, { EMAIL: counting(sent), SMS: counting(sent, () => true) });
    const row = () => source.getRepository(Notification).findOneByOrFail({ recipientId: recipient! });
    expect(await failing.runRound()).toBe(1);
    expect(await row()).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'Error' });
    // Not due again before its backoff.
    expect(await failing.runRound()).toBe(0);
    while (now.getTime() < due.getTime() + 24 * 3_600_000) {
      now = new Date(now.getTime() + 3_600_000);
      await failing.runRound();
    }
    const failed = await row();
    expect(failed).toMatchObject({ status: 'FAILED', sentAt: null, lastError: 'Error' });
    expect(failed.attempts).toBeGreaterThan(20);
    now = new Date(now.getTime() + 24 * 3_600_000);
    expect(await failing.runRound()).toBe(0);
    expect(sent).toEqual([]);
  });
});
