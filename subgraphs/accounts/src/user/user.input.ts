import { Role } from '@hospital/kit';
import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.js';

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
