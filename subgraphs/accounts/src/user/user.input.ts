import { Role } from '@hospital/kit';
import { IsEmail, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  DEACTIVATION_REASON_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from './user.rules.js';

@InputType({ description: 'A patient opens an account' })
export class SignUpInput {
  @Field(() => String, {
    description: `At most ${EMAIL_MAX_LENGTH} characters; kept lower-cased, and one account per address`,
  })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Field(() => String, { description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'An administrator opens an account for a member of the hospital' })
export class CreateStaffAccountInput extends SignUpInput {
  @Field(() => Role, { description: 'What the account may do; patients usually sign up themselves' })
  role!: Role;
}

@ArgsType()
export class SignInArgs {
  @Field(() => String, { description: "The account's e-mail, in any case" })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  /** Capped as at sign-up: hashing is the expensive part of a sign-in. */
  @Field(() => String, { description: "The account's password" })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'Which accounts to list; every field narrows the list' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'Only accounts of this role' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only active accounts; false: only deactivated ones' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the e-mail' })
  @MaxLength(EMAIL_MAX_LENGTH)
  search?: string | null;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String, {
    description: 'The password now; a wrong one is BAD_USER_INPUT and counts towards the sign-in lockout',
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field(() => String, { description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String, { description: 'The token the administrator handed over' })
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ArgsType()
export class DeactivateUserArgs {
  @Field(() => ID, { description: 'The user; NOT_FOUND when the id names none' })
  id!: string;

  @Field(() => String, { description: 'Why, for the record (the departing employee, say)' })
  @Matches(/\S/, { message: 'must say why' })
  @MaxLength(DEACTIVATION_REASON_MAX_LENGTH)
  reason!: string;
}
