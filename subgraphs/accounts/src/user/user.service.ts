import {
  ConflictError,
  conflictOnDuplicate,
  newId,
  normalizeEmail,
  requireRole,
  Role,
  UnauthenticatedError,
  type Logger,
  type TokenIssuer,
  type UnitOfWork,
  type Viewer,
} from '@hospital/kit';
import { In, type Repository } from 'typeorm';
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

  async signIn(email: string, password: string): Promise<AuthPayload> {
    await this.lockout.attempt(email);
    const user = await this.users.findOneBy({ email: normalizeEmail(email) });
    const matches = await this.passwords.verify(user?.passwordHash ?? (await this.passwords.decoy()), password);
    if (!user || !matches) throw new UnauthenticatedError('Wrong e-mail or password');
    await this.lockout.succeeded(email);
    return this.session(user);
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

  private async session(user: User): Promise<AuthPayload> {
    return { token: await this.tokens.issue(user), user };
  }
}
