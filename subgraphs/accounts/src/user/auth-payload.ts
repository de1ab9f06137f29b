import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`' })
export class AuthPayload {
  @Field(() => String, {
    description:
      "Good until it expires or the user's sessions end (signOutEverywhere, a new password or role, deactivation)",
  })
  token!: string;

  @Field(() => User, { description: 'Who is signed in' })
  user!: User;
}
