import { ConnectionType } from '@hospital/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum NotificationKind {
  CONFIRMATION = 'CONFIRMATION',
  REMINDER_24H = 'REMINDER_24H',
  REMINDER_1H = 'REMINDER_1H',
  CANCELLATION = 'CANCELLATION',
  INVOICE = 'INVOICE',
}
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification tells' });

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'How a notification travels' });

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Dropped before it was sent: the visit was cancelled, rejected, moved past it or is over. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'PENDING until sent (retried on failure), SENT, FAILED after the last try, CANCELLED when dropped',
});

export type RecipientRole = 'PATIENT' | 'DOCTOR';

/**
 * One message to one recipient through one channel, kept in step with its
 * appointment's row by the consumer (`reconcile`) and sent by the dispatcher when
 * due. Exists once per (appointment, kind, channel, recipient); holds no contact
 * details, which are read from their owners at send time.
 */
@Entity('notifications')
@ObjectType({ description: 'A message about a visit, by e-mail or SMS, recorded with its status' })
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  appointmentId!: string;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId!: string;

  @Column({ name: 'recipient_role', type: 'varchar', length: 16 })
  recipientRole!: RecipientRole;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => NotificationStatus)
  status!: NotificationStatus;

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When it is (or was) to be sent' })
  dueAt!: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Failed tries so far' })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy!: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 200, nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}

export const NotificationConnection = ConnectionType(Notification);
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
