import { ConnectionType } from '@hospital/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A doctor of the hospital. The public profile is readable by anyone; the
 * contact details and the licence number are resolved with a permission check
 * (see the resolver), so they carry no `@Field` here.
 */
@Entity('doctors')
@ObjectType({ description: "A doctor of the hospital; the id is the doctor's user account id when they have one" })
@Directive('@key(fields: "id")')
export class Doctor {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The doctor's user id, a DOCTOR token's sub, when they have an account" })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Full name, as patients see it' })
  name!: string;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'What the doctor practises, e.g. "Obstetrics"; free text' })
  specialty!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  /** Kept normalized (trimmed, lower-cased), so the unique key holds whatever the spelling. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  phone!: string;

  @Column({ name: 'license_number', type: 'varchar', length: 64 })
  licenseNumber!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

export const DoctorConnection = ConnectionType(Doctor);
export type DoctorConnection = InstanceType<typeof DoctorConnection>;
