import { Directive, Field, ObjectType } from 'type-graphql';
import type { ServiceScope } from './auth.js';

/** The scope with which a service reads how to reach a patient or a doctor (`patientContact`, `doctorContact`). */
export const CONTACTS_SCOPE: ServiceScope = 'contacts:read';

/**
 * How to reach a person, and nothing more: what the notification dispatcher reads
 * at send time. Inaccessible: served on the owning subgraph's own port to a
 * service holding `contacts:read`, never through the gateway.
 */
@ObjectType({ description: 'How to reach a patient or a doctor; internal to the subgraphs' })
@Directive('@inaccessible')
@Directive('@shareable')
export class ContactCard {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  phone!: string;
}
