import { ConnectionType, LocalDateScalar } from '@hospital/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('patients')
@Index('idx_patients_name', ['name', 'id'])
@ObjectType({ description: "A patient's profile: who they are and how to reach them" })
@Directive('@key(fields: "id")')
export class Patient {
  /** The patient's user id when they registered themself; a new id for a walk-in registered at reception. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, {
    description: "Her user id, a PATIENT token's sub, when she registered herself; a new id for a walk-in",
  })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Full name' })
  name!: string;

  /** How to reach her, kept normalized; not unique: a newborn shares her mother's (see SharedContactEmails). */
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, {
    description: "How to reach her, lower-cased; not unique (a newborn's is her mother's), and not her account's",
  })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => String, { description: 'E.164, e.g. +380441234567' })
  phone!: string;

  /** A calendar day, not an instant: `utc` stops the driver shifting it by the server's zone. */
  @Column({ name: 'date_of_birth', type: 'date', utc: true })
  @Field(() => LocalDateScalar, { description: 'A calendar date, not an instant' })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String, { description: 'Postal address, as given' })
  address!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'As she gave it; null when not given' })
  gender!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the profile was registered' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

export const PatientConnection = ConnectionType(Patient);
export type PatientConnection = InstanceType<typeof PatientConnection>;
