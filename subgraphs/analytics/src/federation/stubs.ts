import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by doctors; analytics adds the doctor's performance. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Doctor {
  @Field(() => ID)
  id!: string;
}

/** Owned by doctors, which resolves its name; analytics knows departments by id. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Department {
  @Field(() => ID)
  id!: string;
}
