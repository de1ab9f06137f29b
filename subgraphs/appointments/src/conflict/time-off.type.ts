import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Appointment } from '../appointment/appointment.entity.js';
import { Doctor } from '../federation/doctors.stub.js';

/**
 * Owned by doctors. This subgraph adds the visits the period falls on, from what
 * doctors holds of it (`@requires`): the gateway hands over the doctor and the
 * period with the id, so no copy of anyone's time off is kept here.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class TimeOff {
  @Field(() => ID)
  id!: string;

  @Field(() => Doctor)
  @Directive('@external')
  doctor?: Doctor;

  /** ISO 8601 as the gateway hands it over: representations are not parsed by the scalar. */
  @Field(() => Date)
  @Directive('@external')
  start?: Date | string;

  @Field(() => Date)
  @Directive('@external')
  end?: Date | string;

  @Field(() => [Appointment], {
    nullable: true,
    description:
      'Active visits ahead (PENDING, APPROVED) that the period falls on, by start: the doctor themself, STAFF and ADMIN; FORBIDDEN for anyone else. They stay booked until the desk or the patient moves or cancels them',
  })
  @Directive('@requires(fields: "doctor { id } start end")')
  conflictingAppointments?: Appointment[] | null;
}
