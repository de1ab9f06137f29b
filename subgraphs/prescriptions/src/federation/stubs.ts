import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by doctors; named here by id only. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Doctor {
  @Field(() => ID)
  id!: string;
}

/** Owned by patients; this subgraph adds the patient's prescriptions. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}

/** Owned by appointments; this subgraph adds the prescriptions issued at the visit. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Appointment {
  @Field(() => ID)
  id!: string;
}
