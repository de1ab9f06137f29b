import { ConnectionType } from '@hospital/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums.js';

export type RecipientRole = 'PATIENT' | 'DOCTOR';

/** One alternative to a visit its doctor cannot keep: a free slot, with whom and for what. */
export interface NoticeAlternative {
  /** ISO 8601, UTC. */
  start: string;
  doctorId: string;
  serviceId: string;
}

/** A DOCTOR_UNAVAILABLE notice's context: up to 3 other slots, best first. */
export interface DoctorUnavailableContext {
  alternatives: NoticeAlternative[];
}

/** A SLOT_OFFER notice's context: the offered slot (times ISO 8601, UTC), since no visit row holds it. */
export interface SlotOfferContext {
  start: string;
  end: string;
  doctorId: string;
  serviceId: string;
  departmentId: string;
  expiresAt: string;
}

/** An INVOICE notice's context: which invoice, and its total in cents. */
export interface InvoiceContext {
  invoiceId: string;
  totalCents: number;
}

/** What a notice needs beyond its visit's row: ids, times and amounts, never names, addresses or texts. */
export type NoticeContext = DoctorUnavailableContext | SlotOfferContext | InvoiceContext;

/**
 * One message to one recipient through one channel, kept in step with its
 * appointment's row by the consumer (`reconcile`), or recorded once for a waitlist
 * offer or a doctor's absence (`recordNotices`), and sent by the dispatcher when
 * due. Exists once per (appointment or offer, kind, channel, recipient, occurrence);
 * holds no contact details, which are read from their owners at send time.
 */
@Entity('notifications')
@ObjectType({
  description: 'A message about a visit or a waitlist offer, by e-mail or SMS, recorded with its status and text',
})
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The notification's id" })
  id!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The visit it is about; null for a waitlist offer' })
  appointmentId!: string | null;

  @Column({ name: 'offer_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The waitlist offer it is about (SLOT_OFFER); null otherwise' })
  offerId!: string | null;

  /** Which one of its kind for the visit: a RESCHEDULE's number (a visit is moved at most twice); 0 otherwise. */
  @Column({ type: 'int', default: 0 })
  occurrence!: number;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The patient's or the doctor's id" })
  recipientId!: string;

  @Column({ name: 'recipient_role', type: 'varchar', length: 16 })
  recipientRole!: RecipientRole;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => NotificationKind, { description: 'What it tells' })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => NotificationChannel, { description: 'E-mail or SMS: a notice is recorded once per channel' })
  channel!: NotificationChannel;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => NotificationStatus, { description: 'Whether it was sent, is still to be, or will not be' })
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
  @Field(() => Date, { nullable: true, description: 'When it was sent; null unless SENT' })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "The e-mail's subject as last tried (what was sent once SENT); null for an SMS and before the first try",
  })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The text as last tried (what was sent once SENT); null before the first try',
  })
  body!: string | null;

  /** JSON, never personal data: ids and times the message is rendered from. */
  @Column({ type: 'simple-json', nullable: true })
  context!: NoticeContext | null;

  /** After this a pending notice is dropped, not sent (a waitlist offer's end). */
  @Column({ name: 'expires_at', type: 'datetime', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 200, nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}

export const NotificationConnection = ConnectionType(Notification);
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
