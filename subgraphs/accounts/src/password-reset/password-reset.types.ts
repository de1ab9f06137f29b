import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A password reset to hand to its user: shown once, spent once, within the hour' })
export class IssuedPasswordReset {
  @Field(() => String)
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
