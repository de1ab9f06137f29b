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
  @Field(() => ID)
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  name!: string;

  /** How to reach her, kept normalized; not unique: a newborn shares her mother's (see SharedContactEmails). */
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String)
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => String, { description: 'E.164, e.g. +380441234567' })
  phone!: string;

  /** A calendar day, not an instant: `utc` stops the driver shifting it by the server's zone. */
  @Column({ name: 'date_of_birth', type: 'date', utc: true })
  @Field(() => LocalDateScalar)
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String)
  address!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true })
  gender!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

export const PatientConnection = ConnectionType(Patient);
export type PatientConnection = InstanceType<typeof PatientConnection>;
