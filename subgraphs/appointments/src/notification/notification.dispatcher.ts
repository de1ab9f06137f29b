import { newId, type Clock, type Logger } from '@hospital/kit';
import { In, type DataSource } from 'typeorm';
import { Appointment } from '../appointment/appointment.entity.js';
import { DeliveryError, type ContactDirectory } from './contacts.client.js';
import { Notification, NotificationChannel, NotificationStatus } from './notification.entity.js';
import { afterFailure, messageFor } from './notification.rules.js';
import type { Senders } from './senders.js';

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

/**
 * Sends due notifications. Each round CLAIMS due rows in the database with one
 * conditional UPDATE (claimed_by, claimed_until) and reads back what it claimed,
 * so several processes on one database never send one notification twice; a
 * claim expires, so a process that dies mid-round does not strand its rows.
 * Success → SENT; failure → another try after an exponential backoff, FAILED
 * after the last (recorded with a short, PII-free reason). Polls, and is nudged
 * when the consumer has recorded new notifications. Every "now" is the clock's.
 */
export class NotificationDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private readonly batch: number;
  private readonly claimMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly contacts: ContactDirectory,
    private readonly senders: Senders,
    private readonly timeZone: string,
    private readonly options: DispatcherOptions,
  ) {
    this.batch = options.batch ?? 20;
    this.claimMs = options.claimMs ?? 5 * 60_000;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Look now: something may have become due. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    if (this.stopped || this.running) return;
    this.running = this.runRound()
      .then((claimed) => {
        // A full batch: more may be due.
        if (claimed >= this.batch) this.again = true;
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'notification dispatcher round failed; will retry'))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.schedule(this.again ? 0 : this.options.intervalMs);
        this.again = false;
      });
  }

  /** Claims due notifications and sends them; resolves how many it claimed. */
  async runRound(): Promise<number> {
    const claim = newId();
    const claimed = await this.claimDue(claim);
    if (!claimed.length) return 0;
    const appointments = await this.dataSource.getRepository(Appointment).findBy({
      id: In([...new Set(claimed.map((n) => n.appointmentId))]),
    });
    const startOf = new Map(appointments.map((a) => [a.id, a.startsAt]));
    await Promise.all(
      claimed.map((notification) => this.deliver(notification, claim, startOf.get(notification.appointmentId))),
    );
    return claimed.length;
  }

  /**
   * One conditional UPDATE takes up to `batch` due rows whose claim is free or has
   * expired; a row another process claimed meanwhile fails the repeated condition
   * (MariaDB re-reads a row it waited for), so each row goes to one claimant. The
   * doubly nested select lets MariaDB update the table it selects from; SQLite
   * runs the same statement.
   */
  private async claimDue(claim: string): Promise<Notification[]> {
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
    await this.dataSource.query(query, parameters);
    return this.dataSource.getRepository(Notification).findBy({ claimedBy: claim });
  }

  private async deliver(notification: Notification, claim: string, start: Date | undefined): Promise<void> {
    const repository = this.dataSource.getRepository(Notification);
    const mine = { id: notification.id, claimedBy: claim };
    try {
      if (!start) throw new DeliveryError('appointment not found');
      const contact = await this.contacts.lookup(notification.recipientRole, notification.recipientId);
      const to = notification.channel === NotificationChannel.EMAIL ? contact.email : contact.phone;
      if (!to)
        throw new DeliveryError(
          `recipient has no ${notification.channel === NotificationChannel.EMAIL ? 'e-mail' : 'phone'}`,
        );
      const message = messageFor(notification.kind, start, this.timeZone, contact.name);
      await this.senders[notification.channel].send(to, message, { notificationId: notification.id });
      await repository.update(mine, {
        status: NotificationStatus.SENT,
        sentAt: this.clock.now(),
        claimedBy: null,
        claimedUntil: null,
        nextAttemptAt: null,
        lastError: null,
      });
    } catch (error) {
      const failure = afterFailure(notification.attempts, this.clock.now());
      const lastError = describeFailure(error);
      const log = { notificationId: notification.id, kind: notification.kind, channel: notification.channel };
      if (failure.failed) this.logger.error({ ...log, attempts: failure.attempts, lastError }, 'notification FAILED');
      else this.logger.warn({ ...log, attempts: failure.attempts, lastError }, 'notification not sent; will retry');
      await repository
        .update(mine, {
          status: failure.failed ? NotificationStatus.FAILED : NotificationStatus.PENDING,
          attempts: failure.attempts,
          nextAttemptAt: failure.failed ? null : failure.nextAttemptAt,
          claimedBy: null,
          claimedUntil: null,
          lastError,
        })
        .catch((err: unknown) => this.logger.warn({ err, ...log }, 'could not record a failed notification'));
    }
  }
}
