import { PeriodicWorker, type Logger, type SessionRegistry } from '@hospital/kit';
import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { User } from '../user/user.entity.js';
import { endsInForceSince } from './session.rules.js';

/** How often the ends still in force are announced again, in case one did not get through. */
const ANNOUNCE_EVERY_MS = 5_000;

/**
 * Ends a user's sessions and makes every process know it. Ending raises the
 * user's session version in accounts' database, in the transaction of the change
 * that calls for it (deactivation, role change, new password, sign-out
 * everywhere); this worker then announces to the session registry every end
 * whose earlier tokens may still be alive (ended within the token lifetime):
 * nudged after each end, every few seconds, and at once when the registry's
 * store may have lost what it held. Announcing only ever raises a version, so
 * announcing again is harmless. Accounts' database is the record; the registry
 * is a copy that can always be rebuilt from it.
 */
export class SessionEnds extends PeriodicWorker {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SessionRegistry,
    private readonly tokenTtlSeconds: number,
    logger: Logger,
  ) {
    super('session ends announcement', logger, ANNOUNCE_EVERY_MS);
    registry.onStoreMaybeLost(() => this.nudge());
  }

  /** Inside the caller's transaction: ends every session `userId` has open; the caller nudges after commit. */
  async end(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ sessionVersion: () => 'session_version + 1', sessionsEndedAt: now })
      .where('id = :userId', { userId })
      .execute();
  }

  protected async round(): Promise<boolean> {
    const since = endsInForceSince(new Date(), this.tokenTtlSeconds);
    const ended = await this.dataSource.getRepository(User).find({
      select: { id: true, sessionVersion: true },
      where: { sessionsEndedAt: MoreThan(since) },
    });
    await this.registry.announce(ended.map(({ id, sessionVersion }) => ({ userId: id, validFrom: sessionVersion })));
    return false;
  }
}
