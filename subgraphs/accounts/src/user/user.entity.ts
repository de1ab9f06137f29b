import { Role } from '@hospital/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
@ObjectType({ description: 'Someone who signs in: a patient, a doctor, staff, a stakeholder or an administrator' })
@Directive('@key(fields: "id")')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  /** Kept lower-cased, so the unique key makes e-mails unique whatever their case. */
  @Column({ type: 'varchar', length: 254, unique: true })
  @Field(() => String)
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => Role)
  role!: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  createdAt!: Date;
}
