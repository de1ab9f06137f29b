import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context.js';
import { AuthPayload } from '../user/auth-payload.js';
import { ResetPasswordArgs } from '../user/user.input.js';
import { IssuedPasswordReset } from './password-reset.types.js';

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => IssuedPasswordReset, {
    description: 'ADMIN only: a single-use token, valid for an hour, with which the user sets a new password',
  })
  issuePasswordReset(
    @Arg('userId', () => ID, { description: 'An active account (CONFLICT when deactivated); NOT_FOUND when none' })
    userId: string,
    @Ctx() context: AccountsContext,
  ): Promise<IssuedPasswordReset> {
    return context.passwordResets.issue(context, userId);
  }

  @Mutation(() => AuthPayload, {
    description: "Spends a password reset: the new password, and the user's sessions end",
  })
  resetPassword(
    @Args(() => ResetPasswordArgs) { token, newPassword }: ResetPasswordArgs,
    @Ctx() context: AccountsContext,
  ): Promise<AuthPayload> {
    return context.passwordResets.reset(context, token, newPassword);
  }
}
