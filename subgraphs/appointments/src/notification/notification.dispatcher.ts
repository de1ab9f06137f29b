import { newId, PeriodicWorker, retryOnLockConflict, type Clock, type Logger } from '@hospital/kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Appointment } from '../appointment/appointment.entity.js';
import { notificationSends } from '../metrics.js';
import { DeliveryError, type ContactDirectory } from './contacts.js';
import type { NameDirectory, Names } from './names.js';
import { missingIds, namedIds, noticeDetails } from './notice-details.js';
import { Notification } from './notification.entity.js';
import { NotificationChannel, NotificationStatus } from './notification.enums.js';
import { afterFailure, checkBeforeSending, giveUpAt, type Message } from './notification.rules.js';
import type { Senders } from './senders.js';
import { render } from './templates/index.js';

export interface DispatcherOptions {
  /** How often it looks for due notifications without being nudged. */
  intervalMs: number;
  /** How many it claims per round. */
  batch?: number;
  /** How long a claim holds: a process that dies mid-round leaves its rows to others after this. */
  claimMs?: number;
}

/** What `last_error` may hold: the failure's kind, never an address or a text. */
function describeFailure(error: unknown): string {
  if (error instanceof DeliveryError) return error.message;
  const { name, code } = error as { name?: string; code?: string };
  return `${name ?? 'Error'}${code ? `: ${code}` : ''}`.slice(0, 200);
}

/** What a try renders and sends, and what the row records of it. */
function messageOf(channel: NotificationChannel, rendered: ReturnType<typeof render>): Message {
  return channel === NotificationChannel.EMAIL
    ? rendered.email
    : { subject: rendered.email.subject, text: rendered.sms };
}

/** The row's record of a try's text: an e-mail's subject and text, an SMS's text alone. */
const recordOf = (channel: NotificationChannel, message: Message) => ({
  subject: channel === NotificationChannel.EMAIL ? message.subject : null,
  body: message.text,
});

/**
 * Sends due notifications. Each round CLAIMS due rows in the database with one
 * conditional UPDATE (claimed_by, claimed_until) and reads back what it claimed,
 * so several processes on one database never send one notification twice; a
 * claim expires, so a process that dies mid-round does not strand its rows.
 * Right before a send it re-checks the row (still PENDING, still its own) and its
 * visit (still wanting it: `checkBeforeSending`), so a notification the visit no
 * longer wants (or an offer past its expiry) is CANCELLED instead of sent. The
 * message is rendered right before the send from its kind's template, with the
 * names (doctor, service, department) read once per round for every claimed row
 * (`NameDirectory`), and its subject and text are recorded with the try's outcome,
 * so a SENT row holds what went out. Success → SENT; failure → another try
 * after an exponential backoff until its give-up time (a reminder: the visit's
 * start; otherwise 24 h after due), then FAILED (recorded with a short, PII-free
 * reason). Every write is conditional on the row being PENDING and this round's,
 * and runs in a transaction. Polls, and is nudged when the consumer has recorded
 * new notifications. Every "now" is the clock's.
 */
export class NotificationDispatcher extends PeriodicWorker {
  private readonly batch: number;
  private readonly claimMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    logger: Logger,
    private readonly contacts: ContactDirectory,
    private readonly names: NameDirectory,
    private readonly senders: Senders,
    private readonly timeZone: string,
    options: DispatcherOptions,
  ) {
    super('notification dispatcher round', logger, options.intervalMs);
    this.batch = options.batch ?? 20;
    this.claimMs = options.claimMs ?? 5 * 60_000;
  }

  /** A full batch means more may be due. */
  protected async round(): Promise<boolean> {
    return (await this.runRound()) >= this.batch;
  }

  /**
   * Every read-and-write here runs in a transaction: on SQLite (one shared
   * connection, transactions run one at a time by the kit) a bare write could land
   * inside another request's transaction and be rolled back with it. On MariaDB the
   * claim and the updates of single rows may deadlock with each other: the one
   * rolled back is run again.
   */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return retryOnLockConflict(() => this.dataSource.transaction(work));
  }

  /** Claims due notifications and sends them; resolves how many it claimed. */
  async runRound(): Promise<number> {
    const claim = newId();
    const claimed = await this.claimDue(claim);
    if (!claimed.length) return 0;
    const names = await this.namesFor(claimed).catch((error: unknown) => error as Error);
    await Promise.all(claimed.map((notification) => this.deliver(notification, claim, names)));
    return claimed.length;
  }

  /** Every name the round's messages show, in one call (or a few, for a large batch) to the doctors subgraph. */
  private async namesFor(claimed: readonly Notification[]): Promise<Names> {
    const appointmentIds = [...new Set(claimed.flatMap((n) => (n.appointmentId ? [n.appointmentId] : [])))];
    const visits = appointmentIds.length
      ? await this.transaction((manager) => manager.findBy(Appointment, { id: In(appointmentIds) }))
      : [];
    const byId = new Map(visits.map((visit) => [visit.id, visit]));
    const ids = claimed.map((n) => namedIds(n, n.appointmentId ? (byId.get(n.appointmentId) ?? null) : null));
    return this.names.lookup({
      doctorIds: ids.flatMap((named) => named.doctorIds),
      serviceIds: ids.flatMap((named) => named.serviceIds),
    });
  }

  /**
   * One conditional UPDATE takes up to `batch` due rows whose claim is free or has
   * expired; a row another process claimed meanwhile fails the repeated condition
   * (MariaDB re-reads a row it waited for), so each row goes to one claimant. The
   * doubly nested select lets MariaDB update the table it selects from; SQLite
   * runs the same statement.
   */
  private claimDue(claim: string): Promise<Notification[]> {
    return this.transaction(async (manager) => {
      const now = this.clock.now();
      const free = '(claimed_until IS NULL OR claimed_until < :now)';
      const sql = `UPDATE notifications SET claimed_by = :claim, claimed_until = :until
        WHERE id IN (
          SELECT id FROM (
            SELECT id FROM notifications
            WHERE status = :pending AND due_at <= :now AND (next_attempt_at IS NULL OR next_attempt_at <= :now) AND ${free}
            ORDER BY due_at LIMIT ${this.batch}
          ) AS due
        ) AND status = :pending AND ${free}`;
      const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, {
        claim,
        now,
        until: new Date(now.getTime() + this.claimMs),
        pending: NotificationStatus.PENDING,
      });
      await manager.query(query, parameters);
      return manager.findBy(Notification, { claimedBy: claim, status: NotificationStatus.PENDING });
    });
  }

  /**
   * Updates the row only while it is still PENDING and claimed by this round: the
   * consumer may have dropped or moved it meanwhile, and that must stand.
   */
  private async updateMine(id: string, claim: string, changes: Partial<Notification>): Promise<boolean> {
    const result = await this.transaction((manager) =>
      manager.update(Notification, { id, claimedBy: claim, status: NotificationStatus.PENDING }, changes),
    );
    return Boolean(result.affected);
  }

  /**
   * Right before sending, re-reads the row and its visit: a row no longer pending
   * (or no longer this round's) is left alone; one the visit no longer wants is
   * CANCELLED, one too late to be worth sending FAILED.
   */
  private async recheck(
    id: string,
    claim: string,
  ): Promise<{ row: Notification; visit: Appointment | null } | undefined> {
    // Counted once committed: a transaction that is run again, or rolled back, gave nothing up.
    let gaveUp: Notification | undefined;
    const wanted = await this.transaction(async (manager) => {
      gaveUp = undefined;
      const mine = { id, claimedBy: claim, status: NotificationStatus.PENDING };
      const row = await manager.findOneBy(Notification, mine);
      if (!row) return undefined;
      const visit = row.appointmentId ? await manager.findOneBy(Appointment, { id: row.appointmentId }) : null;
      const check = checkBeforeSending(row, visit, this.clock.now());
      const log = { notificationId: id, kind: row.kind, channel: row.channel };
      if (check.action === 'send') return { row, visit };
      const unclaimed = { claimedBy: null, claimedUntil: null, nextAttemptAt: null };
      if (check.action === 'cancel') {
        await manager.update(Notification, mine, { status: NotificationStatus.CANCELLED, ...unclaimed });
        this.logger.info(log, 'notification no longer wanted (its visit changed, or it expired); cancelled, not sent');
      } else {
        const lastError = (row.lastError ? `${check.reason}; last: ${row.lastError}` : check.reason).slice(0, 200);
        await manager.update(Notification, mine, { status: NotificationStatus.FAILED, lastError, ...unclaimed });
        gaveUp = row;
        this.logger.error({ ...log, attempts: row.attempts, lastError }, 'notification FAILED');
      }
      return undefined;
    });
    if (gaveUp) notificationSends.inc({ kind: gaveUp.kind, channel: gaveUp.channel, outcome: 'failed' });
    return wanted;
  }

  private async deliver(claimed: Notification, claim: string, names: Names | Error): Promise<void> {
    const log = { notificationId: claimed.id, kind: claimed.kind, channel: claimed.channel };
    let checked: Awaited<ReturnType<NotificationDispatcher['recheck']>>;
    let message: Message | undefined;
    try {
      if (names instanceof Error) throw names;
      const contact = await this.contacts.lookup(claimed.recipientRole, claimed.recipientId);
      // The check comes after the (slow) lookups, as close to the send as it can be.
      checked = await this.recheck(claimed.id, claim);
      if (!checked) return;
      const { row, visit } = checked;
      const to = row.channel === NotificationChannel.EMAIL ? contact.email : contact.phone;
      if (!to)
        throw new DeliveryError(`recipient has no ${row.channel === NotificationChannel.EMAIL ? 'e-mail' : 'phone'}`);
      message = messageOf(
        row.channel,
        render(
          row.kind,
          noticeDetails(row, visit, await this.withNamesOf(row, visit, names), contact.name, this.timeZone),
        ),
      );
      await this.senders[row.channel].send(to, message, { notificationId: row.id });
      notificationSends.inc({ kind: row.kind, channel: row.channel, outcome: 'sent' });
    } catch (error) {
      await this.recordFailure(claimed, claim, error, message).catch((err: unknown) =>
        this.logger.warn({ err, ...log }, 'could not record a failed notification'),
      );
      return;
    }
    const recorded = await this.updateMine(checked.row.id, claim, {
      status: NotificationStatus.SENT,
      sentAt: this.clock.now(),
      claimedBy: null,
      claimedUntil: null,
      nextAttemptAt: null,
      lastError: null,
      ...recordOf(checked.row.channel, message),
    }).catch((err: unknown) => {
      this.logger.error({ err, ...log }, 'notification sent, but could not be recorded as SENT');
      return true;
    });
    if (!recorded) this.logger.warn(log, 'notification sent while it was being dropped or moved; its new state stands');
  }

  /** The round's names, with any the visit names now that the round did not ask for (it moved meanwhile). */
  private async withNamesOf(row: Notification, visit: Appointment | null, names: Names): Promise<Names> {
    const missing = missingIds(namedIds(row, visit), names);
    if (!missing.doctorIds.length && !missing.serviceIds.length) return names;
    const more = await this.names.lookup(missing);
    return {
      doctors: new Map([...names.doctors, ...more.doctors]),
      services: new Map([...names.services, ...more.services]),
    };
  }

  /** Another try after the backoff, or FAILED when that try would come after the give-up time. */
  private async recordFailure(
    notification: Notification,
    claim: string,
    error: unknown,
    message: Message | undefined,
  ): Promise<void> {
    const outcome = await this.transaction(async (manager) => {
      const now = this.clock.now();
      const { appointmentId, expiresAt } = notification;
      const visit = appointmentId ? await manager.findOneBy(Appointment, { id: appointmentId }) : null;
      const giveUp =
        visit || expiresAt ? giveUpAt(notification.kind, notification.dueAt, visit?.startsAt ?? null, expiresAt) : now;
      const failure = afterFailure(notification.attempts, giveUp, now);
      const lastError = describeFailure(error);
      const log = { notificationId: notification.id, kind: notification.kind, channel: notification.channel };
      const result = await manager.update(
        Notification,
        { id: notification.id, claimedBy: claim, status: NotificationStatus.PENDING },
        {
          status: failure.failed ? NotificationStatus.FAILED : NotificationStatus.PENDING,
          attempts: failure.attempts,
          nextAttemptAt: failure.failed ? null : failure.nextAttemptAt,
          claimedBy: null,
          claimedUntil: null,
          lastError,
          ...(message ? recordOf(notification.channel, message) : {}),
        },
      );
      if (!result.affected) return undefined;
      if (failure.failed) this.logger.error({ ...log, attempts: failure.attempts, lastError }, 'notification FAILED');
      else this.logger.warn({ ...log, attempts: failure.attempts, lastError }, 'notification not sent; will retry');
      return failure.failed ? 'failed' : 'retry';
    });
    if (outcome) notificationSends.inc({ kind: notification.kind, channel: notification.channel, outcome });
  }
}
