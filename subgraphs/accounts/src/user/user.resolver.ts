import { NotFoundError, requireViewer } from '@hospital/kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context.js';
import { AuthPayload } from './auth-payload.js';
import { User } from './user.entity.js';
import { ChangePasswordArgs, CreateStaffAccountInput, SignInArgs, SignUpInput } from './user.input.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() { viewer, loaders }: AccountsContext): Promise<User> {
    const { id } = requireViewer(viewer);
    const user = await loaders.user.load(id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  @Mutation(() => AuthPayload, { description: 'Open a patient account and sign in' })
  signUp(
    @Arg('input', () => SignUpInput, {
      description: 'An e-mail that has an account already: the right password signs in, another is CONFLICT',
    })
    input: SignUpInput,
    @Ctx() context: AccountsContext,
  ): Promise<AuthPayload> {
    return context.users.signUp(context, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      'A wrong password, an unknown e-mail and a deactivated account are the same UNAUTHENTICATED; repeated failures lock the account for a while (RATE_LIMITED)',
  })
  signIn(
    @Args(() => SignInArgs) { email, password }: SignInArgs,
    @Ctx() context: AccountsContext,
  ): Promise<AuthPayload> {
    return context.users.signIn(context, email, password);
  }

  @Mutation(() => AuthPayload, {
    description: 'A new password, proven by the current one: every other session ends, this one gets a fresh token',
  })
  changePassword(
    @Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs,
    @Ctx() context: AccountsContext,
  ): Promise<AuthPayload> {
    return context.users.changePassword(context, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: "Ends every one of the signed-in user's sessions, this one included" })
  signOutEverywhere(@Ctx() context: AccountsContext): Promise<boolean> {
    return context.users.signOutEverywhere(context);
  }

  @Mutation(() => User, {
    description: 'ADMIN only: an account for a doctor, staff, a stakeholder or an administrator',
  })
  createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput, { description: 'CONFLICT when the e-mail has an account' })
    input: CreateStaffAccountInput,
    @Ctx() context: AccountsContext,
  ): Promise<User> {
    return context.users.createStaffAccount(context, input);
  }
}
