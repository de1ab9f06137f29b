import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by patients; this subgraph adds the patient's invoices. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Patient {
  @Field(() => ID)
  id!: string;
}

/** Owned by appointments; this subgraph adds the visit's invoice. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Appointment {
  @Field(() => ID)
  id!: string;
}
