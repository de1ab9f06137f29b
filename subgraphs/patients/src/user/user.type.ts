import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by accounts; this subgraph adds the user's patient profile to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID)
  id!: string;
}
