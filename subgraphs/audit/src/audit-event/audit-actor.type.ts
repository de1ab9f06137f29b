import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Who acted: a user (their id and role then), or a service' })
export class AuditActor {
  @Field(() => ID, { description: "The user's id, or a service's, e.g. service:appointments" })
  id!: string;

  @Field(() => String, { nullable: true, description: 'PATIENT, DOCTOR, STAFF, STAKEHOLDER, ADMIN or SERVICE' })
  role!: string | null;
}
