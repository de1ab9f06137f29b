import { ConnectionType, Role } from '@hospital/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
@ObjectType({ description: 'Someone who signs in: a patient, a doctor, staff, a stakeholder or an administrator' })
@Directive('@key(fields: "id")')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "A patient's is also her Patient id, a doctor's their Doctor id" })
  id!: string;

  /** Kept lower-cased, so the unique key makes e-mails unique whatever their case. */
  @Column({ type: 'varchar', length: 254, unique: true })
  @Field(() => String, { description: 'What the user signs in with; lower-cased, one account per address' })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => Role, { description: 'Changed only by an ADMIN (changeUserRole)' })
  role!: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the account was opened' })
  createdAt!: Date;

  /** A deactivated account cannot sign in, and its tokens are refused; its history stays. */
  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Whether the account may sign in' })
  active!: boolean;

  @Column({ name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true })
  deactivatedAt!: Date | null;

  @Column({ name: 'deactivation_reason', type: 'varchar', length: 500, nullable: true })
  deactivationReason!: string | null;

  @Column({ name: 'last_sign_in_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When signIn last let the user in; null if it never has' })
  lastSignInAt!: Date | null;

  /** Carried by every token as `sv`; raising it ends every session opened before. */
  @Column({ name: 'session_version', type: 'int', default: 0 })
  sessionVersion!: number;

  @Column({ name: 'sessions_ended_at', type: 'datetime', precision: 3, nullable: true })
  sessionsEndedAt!: Date | null;
}

export const UserConnection = ConnectionType(User);
