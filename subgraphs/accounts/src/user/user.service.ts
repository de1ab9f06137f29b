import {
  AuditOutcome,
  BadUserInputError,
  outcomeOf,
  type Caller,
  type AuditEntry,
  type AuditTrail,
  ConflictError,
  conflictOnDuplicate,
  newId,
  normalizeEmail,
  NotFoundError,
  requireViewer,
  Role,
  UnauthenticatedError,
  type Logger,
  type TokenIssuer,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { SessionEnds } from '../session/session-ends.js';
import type { AuthPayload } from './auth-payload.js';
import type { PasswordHasher } from './password.js';
import type { SignInLockout } from './sign-in-lockout.js';
import { User } from './user.entity.js';
import type { CreateStaffAccountInput, SignUpInput } from './user.input.js';
import { requireAccountAdmin, SIGN_UP_ROLE, signInAccepted } from './user.rules.js';

export class UserService {
  private readonly users: Repository<User>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenIssuer,
    private readonly passwords: PasswordHasher,
    private readonly lockout: SignInLockout,
    private readonly sessionEnds: SessionEnds,
    readonly audit: AuditTrail,
  ) {
    this.users = uow.dataSource.getRepository(User);
  }

  /**
   * Opens a patient account. An e-mail that has an account already makes this a
   * sign-in attempt, counted by the lockout like any other: the right password
   * signs in (a repeated sign-up is answered as the first), a wrong one is a
   * CONFLICT that says no more than that these details cannot open an account.
   */
  async signUp(caller: Caller, input: SignUpInput): Promise<AuthPayload> {
    try {
      return this.session(await this.register(caller, input.email, input.password, SIGN_UP_ROLE));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    try {
      return await this.signIn(caller, input.email, input.password);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      throw new ConflictError('An account cannot be opened with these details; if you have one, sign in', {
        field: 'email',
      });
    }
  }

  /**
   * A deactivated account is answered as a wrong password: the answer says nothing
   * of who has an account. Every attempt is in the audit trail, under the account
   * it named (none for an unknown e-mail, which is not recorded).
   */
  async signIn(caller: Caller, email: string, password: string): Promise<AuthPayload> {
    const user = await this.users.findOneBy({ email: normalizeEmail(email) });
    const attempt = { action: 'session.signIn', subjectType: 'User', subjectId: user?.id ?? null, actorId: user?.id };
    try {
      await this.lockout.attempt(email);
      const matches = await this.passwords.verify(user?.passwordHash ?? (await this.passwords.decoy()), password);
      if (!signInAccepted(user, matches)) throw new UnauthenticatedError('Wrong e-mail or password');
    } catch (error) {
      await this.audit.record(caller, { ...attempt, outcome: outcomeOf(error) });
      throw error;
    }
    await this.lockout.succeeded(email);
    user.lastSignInAt = new Date();
    await this.uow.run(async (manager, emit) => {
      await manager.update(User, { id: user.id }, { lastSignInAt: user.lastSignInAt });
      this.audit.inside(emit, caller, { ...attempt, outcome: AuditOutcome.SUCCESS });
    });
    return this.session(user);
  }

  /**
   * A new password for the signed-in user, who proves the current one (a failure
   * counts towards the sign-in lockout, so a stolen token cannot try passwords):
   * every earlier session ends, and this one goes on with a fresh token.
   */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const { id } = requireViewer(caller.viewer);
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    const entry = { action: 'user.changePassword', subjectType: 'User', subjectId: id };
    try {
      await this.lockout.attempt(user.email);
      if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
        throw BadUserInputError.field('currentPassword', 'is not your password');
      }
    } catch (error) {
      await this.audit.record(caller, { ...entry, outcome: outcomeOf(error) });
      throw error;
    }
    await this.lockout.succeeded(user.email);
    const passwordHash = await this.passwords.hash(newPassword);
    return this.session(
      await this.endingSessions(caller, entry, (manager) => manager.update(User, { id }, { passwordHash })),
    );
  }

  /** Ends every session the signed-in user has open, this one included. */
  async signOutEverywhere(caller: Caller): Promise<boolean> {
    const { id } = requireViewer(caller.viewer);
    await this.endingSessions(
      caller,
      { action: 'session.signOutEverywhere', subjectType: 'User', subjectId: id },
      async () => {},
    );
    return true;
  }

  /**
   * Runs `change` and ends the sessions of the user `entry` names in one
   * transaction with its audit entry, then has the end announced; resolves with
   * the user as committed.
   */
  async endingSessions(
    caller: Caller,
    entry: Omit<AuditEntry, 'outcome'> & { subjectId: string },
    change: (manager: EntityManager) => Promise<unknown>,
  ): Promise<User> {
    const userId = entry.subjectId;
    const user = await this.uow.run(async (manager, emit) => {
      await change(manager);
      this.audit.inside(emit, caller, { ...entry, outcome: AuditOutcome.SUCCESS });
      await this.sessionEnds.end(manager, userId, new Date());
      return manager.findOneByOrFail(User, { id: userId });
    });
    this.sessionEnds.nudge();
    return user;
  }

  async createStaffAccount(caller: Caller, input: CreateStaffAccountInput): Promise<User> {
    await this.audit.permit(caller, { action: 'user.create', subjectType: 'User' }, () =>
      requireAccountAdmin(caller.viewer),
    );
    return this.register(caller, input.email, input.password, input.role);
  }

  /** The first administrator, from BOOTSTRAP_ADMIN_*: made once, never changed afterwards. */
  async ensureBootstrapAdmin(email: string, password: string, logger: Logger): Promise<void> {
    if (await this.users.existsBy({ email: normalizeEmail(email) })) return;
    try {
      await this.register({ viewer: null }, email, password, Role.ADMIN);
      logger.info('bootstrap administrator created');
    } catch (error) {
      // Another replica made it at the same moment.
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  get repository(): Repository<User> {
    return this.users;
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  private async register(caller: Caller, email: string, password: string, role: Role): Promise<User> {
    const user = this.users.create({
      id: newId(),
      email: normalizeEmail(email),
      role,
      passwordHash: await this.passwords.hash(password),
      createdAt: new Date(),
      active: true,
      deactivatedAt: null,
      deactivationReason: null,
      lastSignInAt: null,
      sessionVersion: 0,
      sessionsEndedAt: null,
    });
    return conflictOnDuplicate(
      () =>
        this.uow.run(async (manager, emit) => {
          await manager.insert(User, user);
          emit('accounts.user-registered', { userId: user.id, role });
          const entry = { action: 'user.create', subjectType: 'User', subjectId: user.id, actorId: user.id };
          this.audit.inside(emit, caller, { ...entry, outcome: AuditOutcome.SUCCESS });
          return user;
        }),
      () => new ConflictError('An account with this e-mail already exists', { field: 'email' }),
    );
  }

  /** A token at the user's current session version. */
  async session(user: User): Promise<AuthPayload> {
    return { token: await this.tokens.issue(user), user };
  }
}
