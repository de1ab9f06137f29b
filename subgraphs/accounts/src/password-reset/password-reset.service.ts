import { createHash, randomBytes } from 'node:crypto';
import { BadUserInputError, ConflictError, newId, NotFoundError, AuditOutcome, type Caller } from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { IsNull, type Repository } from 'typeorm';
import type { AuthPayload } from '../user/auth-payload.js';
import type { PasswordHasher } from '../user/password.js';
import { User } from '../user/user.entity.js';
import { requireAccountAdmin } from '../user/user.rules.js';
import type { UserService } from '../user/user.service.js';
import { PasswordReset } from './password-reset.entity.js';
import { acceptsPasswordReset, resetExpiresAt, resetSpendable } from './password-reset.rules.js';
import type { IssuedPasswordReset } from './password-reset.types.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** One answer for a token that is unknown, spent, expired, or whose account is deactivated. */
const unusable = () => BadUserInputError.field('token', 'is not a password reset that can be used; ask for a new one');

/**
 * Password resets an ADMIN issues for a user who has lost theirs: a random
 * token shown once to the administrator (kept only as its SHA-256), spent once
 * within the hour, and a newer one voids an older. Spending it sets the new
 * password and ends every session of the user.
 */
export class PasswordResets {
  private readonly resets: Repository<PasswordReset>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: UserService,
    private readonly passwords: PasswordHasher,
  ) {
    this.resets = uow.dataSource.getRepository(PasswordReset);
  }

  async issue(caller: Caller, userId: string): Promise<IssuedPasswordReset> {
    const entry = { action: 'user.issuePasswordReset', subjectType: 'User', subjectId: userId };
    const admin = await this.accounts.audit.permit(caller, entry, () => requireAccountAdmin(caller.viewer));
    const user = await this.accounts.repository.findOneBy({ id: userId });
    if (!user) throw new NotFoundError('User', userId);
    if (!acceptsPasswordReset(user)) throw new ConflictError('The account is deactivated; reactivate it first');
    const token = randomBytes(32).toString('base64url');
    const issuedAt = new Date();
    const expiresAt = resetExpiresAt(issuedAt);
    // Run again if InnoDB picks it as a deadlock's victim: voiding by user locks a gap another issue may insert into.
    await this.uow.run(async (manager, emit) => {
      this.accounts.audit.inside(emit, caller, { ...entry, outcome: AuditOutcome.SUCCESS });
      await manager.update(PasswordReset, { userId, usedAt: IsNull() }, { usedAt: issuedAt });
      await manager.insert(PasswordReset, {
        id: newId(),
        userId,
        tokenHash: hashOf(token),
        issuedBy: admin.id,
        issuedAt,
        expiresAt,
        usedAt: null,
      });
    });
    return { token, expiresAt };
  }

  async reset(caller: Caller, token: string, newPassword: string): Promise<AuthPayload> {
    const reset = await this.resets.findOneBy({ tokenHash: hashOf(token) });
    if (!reset || !resetSpendable(reset, new Date())) throw unusable();
    const passwordHash = await this.passwords.hash(newPassword);
    const entry = { action: 'user.resetPassword', subjectType: 'User', subjectId: reset.userId, actorId: reset.userId };
    const user = await this.accounts.endingSessions(caller, entry, async (manager) => {
      // Spent here, only if nobody spent it meanwhile, and only for an account still active.
      const spent = await manager.update(PasswordReset, { id: reset.id, usedAt: IsNull() }, { usedAt: new Date() });
      const owner = await manager.findOneBy(User, { id: reset.userId });
      if (spent.affected !== 1 || !acceptsPasswordReset(owner)) throw unusable();
      await manager.update(User, { id: reset.userId }, { passwordHash });
    });
    return this.accounts.session(user);
  }
}
