import { Role } from '@hospital/kit';
import { IsEmail, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DEACTIVATION_REASON_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './user.rules.js';

@InputType({ description: 'A patient opens an account' })
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'An administrator opens an account for a member of the hospital' })
export class CreateStaffAccountInput extends SignUpInput {
  @Field(() => Role)
  role!: Role;
}

@ArgsType()
export class SignInArgs {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  /** Capped as at sign-up: hashing is the expensive part of a sign-in. */
  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'Which accounts to list; every field narrows the list' })
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the e-mail' })
  @MaxLength(254)
  search?: string | null;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
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
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why, for the record (the departing employee, say)' })
  @Matches(/\S/, { message: 'must say why' })
  @MaxLength(DEACTIVATION_REASON_MAX_LENGTH)
  reason!: string;
}
