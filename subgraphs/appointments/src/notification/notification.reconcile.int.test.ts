import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, createLogger, migrate, newId, type Clock } from '@hospital/kit';
import {
  InProcessEventBus,
  OutboxRelay,
  UnitOfWork,
  type EventEnvelope,
  type SlotOfferedPayload,
  type Unsubscribe,
} from '@hospital/kit/events';
import {
  appointmentEvent,
  createTestDatabase,
  mysqlAvailable,
  testEvent,
  type AppointmentEventType,
  type TestDatabase,
} from '@hospital/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appointment } from '../appointment/appointment.entity.js';
import { approvedVisit, fixedNames, RECONCILE_OPTIONS } from '../testing/visit.fixture.js';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import { appointmentsTables } from '../app.js';
import type { ContactDirectory } from './contacts.js';
import { consumeForNotifications } from '../events/notifications.consumer.js';
import { reconcileVisit } from './notification.reconcile.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import { recordNotices } from './notices.js';
import { clinicTime } from './notification.rules.js';
import { Notification } from './notification.entity.js';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums.js';
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
  /** Every message sent, whole. */
  const outbox: { to: string; subject: string; text: string; notificationId: string }[] = [];
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
      outbox.push({ to, ...message, notificationId });
    },
  };
  const dispatcher = () =>
    new NotificationDispatcher(
      source,
      clock,
      logger,
      contacts,
      fixedNames,
      { EMAIL: sender, SMS: sender },
      'Europe/Kyiv',
      {
        intervalMs: 60_000,
      },
    );

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
  const envelope = (type: AppointmentEventType, a: Appointment, start = a.startsAt) =>
    appointmentEvent(
      type,
      {
        appointmentId: a.id,
        patientId: a.patientId,
        doctorId: a.doctorId,
        serviceId: a.serviceId,
        departmentId: a.departmentId,
        status: 'APPROVED',
        start: start.toISOString(),
        end: new Date(start.getTime() + 30 * 60_000).toISOString(),
        priceCents: 0,
      },
      { occurredAt: now.toISOString() },
    );
  /** Applies one (any) event of the visit, as the consumer does. */
  const reconcileNow = (appointmentId: string) =>
    uow.applyOnce(
      { id: newId(), type: 'appointments.rescheduled', occurredAt: now.toISOString(), payload: {} as never },
      async (m) => {
        await reconcileVisit(m, appointmentId, now, RECONCILE_OPTIONS);
      },
    );
  /** Publishes events in the order given and waits until the consumer has applied them all. */
  const consume = async (...events: EventEnvelope[]) => {
    let applied = 0;
    const runtime = { bus, uow, logger, clock, config: { name: 'appointments' } };
    const unsubscribe: Unsubscribe = await consumeForNotifications(runtime, RECONCILE_OPTIONS, () => (applied += 1));
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

  it('cancelled applied before approved: no confirmation and no reminders, the patient and the doctor told once', async () => {
    const visit = await insertVisit({ status: AppointmentStatus.CANCELLED });
    // The relays published them the wrong way round.
    await consume(envelope('appointments.cancelled', visit), envelope('appointments.approved', visit));
    const rows = await rowsOf(visit.id);
    expect(rows.map((n) => [n.kind, n.channel, n.recipientId, n.status].join(' ')).sort()).toEqual(
      [
        ['CANCELLATION', 'EMAIL', visit.doctorId, 'PENDING'],
        ['CANCELLATION', 'SMS', visit.doctorId, 'PENDING'],
        ['CANCELLATION', 'EMAIL', visit.patientId, 'PENDING'],
        ['CANCELLATION', 'SMS', visit.patientId, 'PENDING'],
      ]
        .map((row) => row.join(' '))
        .sort(),
    );
  });

  it('a reschedule applied before the approval leaves the reminders at the new time', async () => {
    const before = new Date('2026-12-07T08:00:00.000Z');
    const visit = await insertVisit({ startsAt: new Date('2026-12-09T08:00:00.000Z') });
    // The reschedule first, then the approval whose payload still holds the old start.
    await consume(envelope('appointments.rescheduled', visit), envelope('appointments.approved', visit, before));
    // The reschedule itself is told to the patient and the doctor (its event's own notices).
    expect((await summary(visit.id)).filter((s) => s.startsWith('RESCHEDULE'))).toHaveLength(4);
    expect((await summary(visit.id)).filter((s) => !s.startsWith('RESCHEDULE'))).toEqual([
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
    // The patient's and the doctor's notices were made by that reconciliation and go out on the next round.
    expect(await dispatcher().runRound()).toBe(4);
    expect(sent).toHaveLength(4);
    expect(sent.every((s) => s.includes('Visit cancelled'))).toBe(true);
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
  /** "2026-12-07 at 10:00 (Europe/Kyiv)", as the messages write an instant. */
  const written = (instant: Date | string) => {
    const [date, time] = clinicTime(new Date(instant), 'Europe/Kyiv');
    return `${date} at ${time} (Europe/Kyiv)`;
  };
  const emailOf = (subject: string) =>
    outbox.find((m) => m.to.endsWith('@example.com') && m.subject.startsWith(subject))!;

  it('records a doctor-unavailable notice once, keeps 3 alternatives, and sends their times and doctors', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 5 * 24 * HOUR) });
    const other = newId();
    const alternatives = [1, 2, 3, 4].map((day) => ({
      start: new Date(visit.startsAt.getTime() + day * 24 * HOUR).toISOString(),
      doctorId: day % 2 ? other : visit.doctorId,
      serviceId: visit.serviceId,
    }));
    const drafts = [NotificationChannel.EMAIL, NotificationChannel.SMS].map((channel) => ({
      kind: NotificationKind.DOCTOR_UNAVAILABLE,
      recipientId: visit.patientId,
      recipientRole: 'PATIENT' as const,
      channel,
      dueAt: now,
      appointmentId: visit.id,
      context: { alternatives },
    }));
    // Twice, as a consumer applying its event again would: once in the database.
    await source.transaction((m) => recordNotices(m, drafts, now));
    await source.transaction((m) => recordNotices(m, drafts, now));
    const rows = (await rowsOf(visit.id)).filter((n) => n.kind === NotificationKind.DOCTOR_UNAVAILABLE);
    expect(rows).toHaveLength(2);
    expect(rows.every((n) => n.context && 'alternatives' in n.context && n.context.alternatives.length === 3)).toBe(
      true,
    );
    outbox.length = 0;
    await dispatcher().runRound();
    const email = emailOf('Your doctor is unavailable');
    const service = `Service ${visit.serviceId.slice(0, 8)}`;
    expect(email.text).toContain(
      [
        'Free slots instead:',
        `- ${written(alternatives[0]!.start)}: ${service} with Dr. ${other.slice(0, 8)}`,
        `- ${written(alternatives[1]!.start)}: ${service} with Dr. ${visit.doctorId.slice(0, 8)}`,
        `- ${written(alternatives[2]!.start)}: ${service} with Dr. ${other.slice(0, 8)}`,
      ].join('\n'),
    );
    expect(email.text).not.toContain(written(alternatives[3]!.start));
    const recorded = (await rowsOf(visit.id)).filter((n) => n.kind === NotificationKind.DOCTOR_UNAVAILABLE);
    expect(recorded.map((n) => n.status)).toEqual(['SENT', 'SENT']);
    const sentEmail = recorded.find((n) => n.channel === NotificationChannel.EMAIL)!;
    expect([sentEmail.subject, sentEmail.body]).toEqual([email.subject, email.text]);
    expect(recorded.find((n) => n.channel === NotificationChannel.SMS)!.subject).toBeNull();
    sent.length = 0;
  });

  it("offers a freed slot once, with the slot's details, and drops an offer that expired before it was sent", async () => {
    const offer = (expiresInMs: number): EventEnvelope<'appointments.slot-offered'> => {
      const start = new Date(now.getTime() + 2 * 24 * HOUR);
      const payload: SlotOfferedPayload = {
        offerId: newId(),
        entryId: newId(),
        patientId: newId(),
        doctorId: newId(),
        serviceId: newId(),
        departmentId: newId(),
        start: start.toISOString(),
        end: new Date(start.getTime() + 30 * 60_000).toISOString(),
        expiresAt: new Date(now.getTime() + expiresInMs).toISOString(),
      };
      return testEvent('appointments.slot-offered', payload, { occurredAt: now.toISOString() });
    };
    const kept = offer(15 * 60_000);
    const lapsing = offer(60_000);
    await consume(kept, kept, lapsing);
    const offers = await source.getRepository(Notification).findBy({ kind: NotificationKind.SLOT_OFFER });
    expect(offers.map((n) => [n.offerId, n.appointmentId, n.recipientId, n.status]).sort()).toEqual(
      [kept, kept, lapsing, lapsing]
        .map((e, i) => [e.payload.offerId, null, e.payload.patientId, 'PENDING', i])
        .map(([offerId, appointmentId, recipientId, status]) => [offerId, appointmentId, recipientId, status])
        .sort(),
    );
    // The lapsing one expires before the dispatcher comes round.
    const at = now;
    now = new Date(at.getTime() + 2 * 60_000);
    outbox.length = 0;
    await dispatcher().runRound();
    now = at;
    const status = async (offerId: string) =>
      (await source.getRepository(Notification).findBy({ offerId })).map((n) => n.status);
    expect(await status(kept.payload.offerId)).toEqual(['SENT', 'SENT']);
    expect(await status(lapsing.payload.offerId)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(outbox).toHaveLength(2);
    const email = emailOf('A slot is free for you');
    expect(email.to).toBe(`${kept.payload.patientId}@example.com`);
    expect(email.text).toContain(`Doctor: Dr. ${kept.payload.doctorId.slice(0, 8)}`);
    expect(email.text).toContain(`Date and time: ${written(kept.payload.start)}`);
    expect(email.text).toContain(`Claim it in the app before ${written(kept.payload.expiresAt)}`);
    sent.length = 0;
  });

  it('tells a reschedule to another doctor to the patient and both doctors, and a second reschedule again', async () => {
    const formerDoctor = newId();
    const visit = await insertVisit({ startsAt: new Date(now.getTime() + 3 * 24 * HOUR), rescheduleCount: 1 });
    const moved = (count: number, previousDoctorId: string | null) => {
      const event = envelope('appointments.rescheduled', visit);
      return { ...event, payload: { ...event.payload, rescheduleCount: count, previousDoctorId } };
    };
    await consume(moved(1, formerDoctor));
    const told = async () =>
      (await rowsOf(visit.id))
        .filter((n) => n.kind === NotificationKind.RESCHEDULE)
        .map(
          (n) =>
            `${n.occurrence}/${n.recipientRole}/${n.recipientId === formerDoctor ? 'former' : 'current'}/${n.channel}`,
        )
        .sort();
    expect(await told()).toEqual([
      '1/DOCTOR/current/EMAIL',
      '1/DOCTOR/current/SMS',
      '1/DOCTOR/former/EMAIL',
      '1/DOCTOR/former/SMS',
      '1/PATIENT/current/EMAIL',
      '1/PATIENT/current/SMS',
    ]);
    outbox.length = 0;
    await dispatcher().runRound();
    // The former doctor's e-mail and SMS (an SMS goes out with its e-mail's subject, unused).
    const toFormer = `A visit was moved to another doctor: Service ${visit.serviceId.slice(0, 8)}`;
    expect(outbox.filter((m) => m.subject === toFormer)).toHaveLength(2);
    expect(emailOf(toFormer).to).toBe(`${formerDoctor}@example.com`);
    expect(outbox.filter((m) => m.subject.startsWith('Visit moved:'))).toHaveLength(4);
    // Moved once more, with the same doctor: the patient and the doctor are told again.
    await setVisit(visit.id, { rescheduleCount: 2 });
    await consume(moved(2, visit.doctorId));
    expect((await told()).filter((t) => t.startsWith('2/'))).toEqual([
      '2/DOCTOR/current/EMAIL',
      '2/DOCTOR/current/SMS',
      '2/PATIENT/current/EMAIL',
      '2/PATIENT/current/SMS',
    ]);
    sent.length = 0;
  });

  it('asks for feedback once, the configured delay after the visit was completed', async () => {
    const visit = await insertVisit({ startsAt: new Date(now.getTime() - 2 * HOUR) });
    await setVisit(visit.id, { status: AppointmentStatus.COMPLETED });
    await consume(envelope('appointments.completed', visit), envelope('appointments.completed', visit));
    const asked = () =>
      rowsOf(visit.id).then((rows) => rows.filter((n) => n.kind === NotificationKind.FEEDBACK_REQUEST));
    expect((await asked()).map((n) => [n.channel, n.status, n.dueAt.getTime()])).toEqual([
      ['EMAIL', 'PENDING', now.getTime() + RECONCILE_OPTIONS.feedbackDelayMs],
      ['SMS', 'PENDING', now.getTime() + RECONCILE_OPTIONS.feedbackDelayMs],
    ]);
    outbox.length = 0;
    await dispatcher().runRound();
    expect(outbox.filter((m) => m.subject.startsWith('How was your visit?'))).toEqual([]);
    const at = now;
    now = new Date(at.getTime() + RECONCILE_OPTIONS.feedbackDelayMs);
    await dispatcher().runRound();
    now = at;
    expect(outbox.filter((m) => m.subject.startsWith('How was your visit?'))).toHaveLength(2);
    expect((await asked()).map((n) => n.status)).toEqual(['SENT', 'SENT']);
    sent.length = 0;
  });
  it('asks no more once the visit is rated, even when the rating is read before the completion', async () => {
    const rated = (a: Appointment): EventEnvelope<'feedback.submitted'> => ({
      id: newId(),
      type: 'feedback.submitted',
      occurredAt: now.toISOString(),
      payload: {
        feedbackId: newId(),
        appointmentId: a.id,
        patientId: a.patientId,
        doctorId: a.doctorId,
        rating: 5,
        submittedAt: now.toISOString(),
      },
    });
    const statuses = async (a: Appointment) =>
      (await rowsOf(a.id)).filter((n) => n.kind === NotificationKind.FEEDBACK_REQUEST).map((n) => n.status);
    const first = await insertVisit({ startsAt: new Date(now.getTime() - 2 * HOUR) });
    await setVisit(first.id, { status: AppointmentStatus.COMPLETED });
    await consume(envelope('appointments.completed', first));
    expect(await statuses(first)).toEqual(['PENDING', 'PENDING']);
    await consume(rated(first));
    expect(await statuses(first)).toEqual(['CANCELLED', 'CANCELLED']);

    const second = await insertVisit({ startsAt: new Date(now.getTime() - 2 * HOUR) });
    await setVisit(second.id, { status: AppointmentStatus.COMPLETED });
    await consume(rated(second), envelope('appointments.completed', second));
    expect(await statuses(second)).toEqual(['CANCELLED', 'CANCELLED']);

    outbox.length = 0;
    const at = now;
    now = new Date(at.getTime() + RECONCILE_OPTIONS.feedbackDelayMs);
    await dispatcher().runRound();
    now = at;
    expect(outbox.filter((m) => m.subject.startsWith('How was your visit?'))).toEqual([]);
  });
});
