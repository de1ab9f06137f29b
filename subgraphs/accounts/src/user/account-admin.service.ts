import {
  AuditOutcome,
  BusinessRuleViolation,
  outcomeOf,
  type AuditEntry,
  type AuditTrail,
  type Caller,
  containsPattern,
  lockForUpdate,
  LIKE_ESCAPE,
  NotFoundError,
  paginate,
  Role,
  type Connection,
  type PageArgs,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import type { EntityManager, Repository } from 'typeorm';
import { changesAccount, removesLastAdmin, requireAccountAdmin, type AccountState } from './user.rules.js';
import { User } from './user.entity.js';
import type { UserFilter } from './user.input.js';
import type { UserService } from './user.service.js';

/**
 * What an ADMIN does to accounts (docs/rules.md#accounts): list and search them,
 * change a role, deactivate and reactivate. A role change and a deactivation
 * end the user's sessions; none of it touches the user's clinical or financial
 * history, which other subgraphs keep under the same id.
 */
export class AccountAdministration {
  private readonly users: Repository<User>;

  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: UserService,
  ) {
    this.users = accounts.repository;
    this.audit = accounts.audit;
  }

  /** By e-mail, then id. */
  list(caller: Caller, filter: UserFilter | undefined, page: PageArgs): Promise<Connection<User>> {
    requireAccountAdmin(caller.viewer);
    const query = this.users.createQueryBuilder('user');
    if (filter?.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter?.active !== undefined && filter.active !== null) {
      query.andWhere('user.active = :active', { active: filter.active });
    }
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(`user.email LIKE :pattern ESCAPE '${LIKE_ESCAPE}'`, { pattern: containsPattern(search) });
    }
    return paginate(query, { columns: ['user.email', 'user.id'], values: (u) => [u.email, u.id] }, page);
  }

  async changeRole(caller: Caller, id: string, role: Role): Promise<User> {
    const entry = { action: 'user.changeRole', subjectType: 'User', subjectId: id };
    await this.audit.permit(caller, entry, () => requireAccountAdmin(caller.viewer));
    const user = await this.find(id);
    if (!changesAccount(user, { role })) return user;
    return this.changing(caller, entry, async (manager) => {
      await this.keepAnAdmin(manager, id, { role });
      await manager.update(User, { id }, { role });
    });
  }

  /** Deactivating an inactive account changes nothing (the first reason stands). */
  async deactivate(caller: Caller, id: string, reason: string): Promise<User> {
    const entry = { action: 'user.deactivate', subjectType: 'User', subjectId: id };
    await this.audit.permit(caller, entry, () => requireAccountAdmin(caller.viewer));
    const user = await this.find(id);
    if (!changesAccount(user, { active: false })) return user;
    return this.changing(caller, entry, async (manager) => {
      await this.keepAnAdmin(manager, id, { active: false });
      await manager.update(User, { id }, { active: false, deactivatedAt: new Date(), deactivationReason: reason });
    });
  }

  /** The user signs in again; tokens from before the deactivation stay ended. */
  async reactivate(caller: Caller, id: string): Promise<User> {
    const entry = { action: 'user.reactivate', subjectType: 'User', subjectId: id };
    await this.audit.permit(caller, entry, () => requireAccountAdmin(caller.viewer));
    const user = await this.find(id);
    if (!changesAccount(user, { active: true })) return user;
    await this.uow.run(async (manager, emit) => {
      await manager.update(User, { id }, { active: true, deactivatedAt: null, deactivationReason: null });
      this.audit.inside(emit, caller, { ...entry, outcome: AuditOutcome.SUCCESS });
    });
    return this.find(id);
  }

  /**
   * A change that ends the user's sessions; one refused by a rule (LAST_ADMIN) is
   * in the audit trail as FAILED.
   */
  private async changing(
    caller: Caller,
    entry: Omit<AuditEntry, 'outcome'> & { subjectId: string },
    change: (manager: EntityManager) => Promise<unknown>,
  ): Promise<User> {
    try {
      return await this.accounts.endingSessions(caller, entry, change);
    } catch (error) {
      await this.audit.record(caller, { ...entry, outcome: outcomeOf(error) });
      throw error;
    }
  }

  private async find(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  /**
   * Inside the change's transaction: refuses `change` to the account if it would
   * leave no active ADMIN. The active administrators are read FOR UPDATE on
   * MariaDB, so two administrators demoting each other at once are decided one
   * after the other (SQLite runs one transaction at a time); the account is
   * judged as it stands after that read, not as it stood before the transaction.
   */
  private async keepAnAdmin(manager: EntityManager, id: string, change: Partial<AccountState>): Promise<void> {
    const query = manager
      .getRepository(User)
      .createQueryBuilder('user')
      .select('user.id')
      .where('user.role = :role AND user.active = :active', { role: Role.ADMIN, active: true });
    const admins = await lockForUpdate(query).getCount();
    const before = await manager.findOneByOrFail(User, { id });
    if (removesLastAdmin(before, { ...before, ...change }, admins)) {
      throw new BusinessRuleViolation('LAST_ADMIN', 'The last active administrator cannot be deactivated or demoted');
    }
  }
}
