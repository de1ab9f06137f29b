import { Field, ObjectType } from 'type-graphql';
import { PASSWORD_RESET_VALID_MS } from './password-reset.rules.js';

@ObjectType({ description: 'A password reset to hand to its user: shown once, spent once, within the hour' })
export class IssuedPasswordReset {
  @Field(() => String, { description: 'For the user to spend with resetPassword; it is not shown again' })
  token!: string;

  @Field(() => Date, {
    description: `${PASSWORD_RESET_VALID_MS / 60_000} minutes after issue; a newer reset for the user voids it sooner`,
  })
  expiresAt!: Date;
}
