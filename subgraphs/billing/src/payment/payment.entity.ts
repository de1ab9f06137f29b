import { DecimalScalar, type Cents } from '@hospital/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PaymentMethod } from './payment.enums.js';

/**
 * Money taken for an invoice. The idempotency key is unique, so a retried
 * request can never charge twice; the fingerprint says what the key was first
 * used for, so reusing it for anything else is told apart from a retry.
 */
@Entity('payments')
@ObjectType({ description: 'A payment of an invoice' })
export class Payment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Unique among payments' })
  id!: string;

  @Column({ name: 'invoice_id', type: 'varchar', length: 36 })
  invoiceId!: string;

  @Column({ name: 'amount_cents', type: 'int' })
  @Field(() => DecimalScalar, { name: 'amount', description: "What was paid: the invoice's total" })
  amountCents!: Cents;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => PaymentMethod, { description: 'How it was paid' })
  method!: PaymentMethod;

  @Column({ type: 'varchar', length: 32, unique: true })
  @Field(() => String, { description: 'What the desk and the patient quote, e.g. PAY-7KD3QX9M2A' })
  reference!: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, unique: true })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  /** The user who paid: the patient, or the member of staff at the desk. */
  @Column({ name: 'paid_by', type: 'varchar', length: 36 })
  paidBy!: string;

  @Column({ name: 'paid_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When it was paid' })
  paidAt!: Date;
}
