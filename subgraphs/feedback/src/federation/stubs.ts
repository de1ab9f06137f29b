import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by appointments; this subgraph adds the visit's feedback. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Appointment {
  @Field(() => ID)
  id!: string;
}

/** Owned by doctors; this subgraph adds the doctor's rating summary, and names her on each feedback. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Doctor {
  @Field(() => ID)
  id!: string;
}
