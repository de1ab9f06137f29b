import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The reason is private: the resolver checks who asks, so it carries no `@Field` here.
 * An entity, so that appointments can add the visits a period off falls on
 * (`conflictingAppointments`, which `@requires` the doctor and the period).
 */
@Entity('time_off')
@ObjectType({ description: 'A period in which a doctor sees no patients: leave, a conference, an illness' })
@Directive('@key(fields: "id")')
export class TimeOff {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'What removeTimeOff takes' })
  id!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'start', description: 'Inclusive: the doctor is away from this instant' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'end', description: 'Exclusive: the doctor is back at this instant' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
