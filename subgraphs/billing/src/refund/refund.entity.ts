import type { Cents } from '@hospital/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Money given back for a paid invoice whose visit was cancelled in time; at most one per invoice. */
@Entity('refunds')
export class Refund {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'invoice_id', type: 'varchar', length: 36, unique: true })
  invoiceId!: string;

  @Column({ name: 'payment_id', type: 'varchar', length: 36 })
  paymentId!: string;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents!: Cents;

  @Column({ name: 'refunded_at', type: 'datetime', precision: 3 })
  refundedAt!: Date;
}
