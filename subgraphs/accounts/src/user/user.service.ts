import {
  BadUserInputError,
  ConflictError,
  conflictOnDuplicate,
  newId,
  normalizeEmail,
  NotFoundError,
  requireRole,
  requireViewer,
  Role,
  UnauthenticatedError,
  type Logger,
  type TokenIssuer,
  type UnitOfWork,
  type Viewer,
} from '@hospital/kit';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { SessionEnds } from '../session/session-ends.js';
import type { AuthPayload } from './auth-payload.js';
import type { PasswordHasher } from './password.js';
import type { SignInLockout } from './sign-in-lockout.js';
import { User } from './user.entity.js';
import type { CreateStaffAccountInput, SignUpInput } from './user.input.js';

export class UserService {
  private readonly users: Repository<User>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenIssuer,
    private readonly passwords: PasswordHasher,
    private readonly lockout: SignInLockout,
    private readonly sessionEnds: SessionEnds,
  ) {
    this.users = uow.dataSource.getRepository(User);
  }

  /**
   * Opens a patient account. An e-mail that has an account already makes this a
   * sign-in attempt, counted by the lockout like any other: the right password
   * signs in (a repeated sign-up is answered as the first), a wrong one is a
   * CONFLICT that says no more than that these details cannot open an account.
   */
  async signUp(input: SignUpInput): Promise<AuthPayload> {
    try {
      return this.session(await this.register(input.email, input.password, Role.PATIENT));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    try {
      return await this.signIn(input.email, input.password);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      throw new ConflictError('An account cannot be opened with these details; if you have one, sign in', {
        field: 'email',
      });
    }
  }

  /** A deactivated account is answered as a wrong password: the answer says nothing of who has an account. */
  async signIn(email: string, password: string): Promise<AuthPayload> {
    await this.lockout.attempt(email);
    const user = await this.users.findOneBy({ email: normalizeEmail(email) });
    const matches = await this.passwords.verify(user?.passwordHash ?? (await this.passwords.decoy()), password);
    if (!user || !matches || !user.active) throw new UnauthenticatedError('Wrong e-mail or password');
    await this.lockout.succeeded(email);
    user.lastSignInAt = new Date();
    await this.users.update({ id: user.id }, { lastSignInAt: user.lastSignInAt });
    return this.session(user);
  }

  /**
   * A new password for the signed-in user, who proves the current one (a failure
   * counts towards the sign-in lockout, so a stolen token cannot try passwords):
   * every earlier session ends, and this one goes on with a fresh token.
   */
  async changePassword(viewer: Viewer | null, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const { id } = requireViewer(viewer);
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    await this.lockout.attempt(user.email);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'is not your password');
    }
    await this.lockout.succeeded(user.email);
    const passwordHash = await this.passwords.hash(newPassword);
    return this.session(
      await this.endingSessions(user.id, (manager) => manager.update(User, { id: user.id }, { passwordHash })),
    );
  }

  /** Ends every session the signed-in user has open, this one included. */
  async signOutEverywhere(viewer: Viewer | null): Promise<boolean> {
    const { id } = requireViewer(viewer);
    await this.endingSessions(id, async () => {});
    return true;
  }

  /**
   * Runs `change` and ends `userId`'s sessions in one transaction, then has the
   * end announced; resolves with the user as committed.
   */
  async endingSessions(userId: string, change: (manager: EntityManager) => Promise<unknown>): Promise<User> {
    const user = await this.uow.run(async (manager) => {
      await change(manager);
      await this.sessionEnds.end(manager, userId, new Date());
      return manager.findOneByOrFail(User, { id: userId });
    });
    this.sessionEnds.nudge();
    return user;
  }

  async createStaffAccount(viewer: Viewer | null, input: CreateStaffAccountInput): Promise<User> {
    requireRole(viewer, Role.ADMIN);
    return this.register(input.email, input.password, input.role);
  }

  /** The first administrator, from BOOTSTRAP_ADMIN_*: made once, never changed afterwards. */
  async ensureBootstrapAdmin(email: string, password: string, logger: Logger): Promise<void> {
    if (await this.users.existsBy({ email: normalizeEmail(email) })) return;
    try {
      await this.register(email, password, Role.ADMIN);
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

  private async register(email: string, password: string, role: Role): Promise<User> {
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
