import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the doctors subgraph; here only its key, so the gateway fetches the rest from there. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Doctor {
  @Field(() => ID)
  id!: string;
}
