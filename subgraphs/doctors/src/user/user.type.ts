import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by accounts; this subgraph adds whether the account is a doctor's. */
@ObjectType()
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID)
  id!: string;
}
