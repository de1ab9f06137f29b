import { PageArgs, Role, type Connection } from '@hospital/kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context.js';
import { User, UserConnection } from './user.entity.js';
import { DeactivateUserArgs, UserFilter } from './user.input.js';

/** ADMIN only: the accounts of everyone who signs in. */
@Resolver(() => User)
export class AccountAdminResolver {
  @Query(() => UserConnection, { description: 'ADMIN only: accounts, by e-mail' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Every account when omitted' })
    filter: UserFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AccountsContext,
  ): Promise<Connection<User>> {
    return context.accountAdmin.list(context, filter, page);
  }

  @Mutation(() => User, { description: "ADMIN only: the user's earlier sessions end; the last active ADMIN stays one" })
  changeUserRole(
    @Arg('id', () => ID, { description: 'The user; NOT_FOUND when the id names none' }) id: string,
    @Arg('role', () => Role, { description: 'The new role; the role the user has changes nothing' }) role: Role,
    @Ctx() context: AccountsContext,
  ): Promise<User> {
    return context.accountAdmin.changeRole(context, id, role);
  }

  @Mutation(() => User, {
    description: 'ADMIN only: the user can no longer sign in and every session ends; their history stays',
  })
  deactivateUser(
    @Args(() => DeactivateUserArgs) { id, reason }: DeactivateUserArgs,
    @Ctx() context: AccountsContext,
  ): Promise<User> {
    return context.accountAdmin.deactivate(context, id, reason.trim());
  }

  @Mutation(() => User, { description: 'ADMIN only: the user may sign in again' })
  reactivateUser(
    @Arg('id', () => ID, { description: 'The user; NOT_FOUND when the id names none' }) id: string,
    @Ctx() context: AccountsContext,
  ): Promise<User> {
    return context.accountAdmin.reactivate(context, id);
  }
}
