import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The facts analytics keeps, one row each, as they arrived: from the other
 * subgraphs' events (visits, invoices, feedback) and from the hospital's CSV
 * exports (deliveries, department costs). Days are clinic days (CLINIC_TIMEZONE).
 * The reports do not scan these: they read the rollups, which are kept in step in
 * the same transaction as each fact.
 */
@Entity('invoice_facts')
export class InvoiceFact {
  @PrimaryColumn({ name: 'invoice_id', type: 'varchar', length: 36 })
  invoiceId!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'subtotal_cents', type: 'bigint' })
  subtotalCents!: number;

  @Column({ name: 'tax_cents', type: 'bigint' })
  taxCents!: number;

  @Column({ name: 'total_cents', type: 'bigint' })
  totalCents!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'paid_at', type: 'datetime', precision: 3, nullable: true })
  paidAt!: Date | null;

  /** The clinic day of the payment: the day its revenue counts on. */
  @Column({ name: 'paid_day', type: 'date', nullable: true })
  paidDay!: string | null;

  /** What was given back, tax included, and the part of it that was revenue (net of tax). */
  @Column({ name: 'refunded_cents', type: 'bigint', default: 0 })
  refundedCents!: number;

  @Column({ name: 'refunded_net_cents', type: 'bigint', default: 0 })
  refundedNetCents!: number;

  @Column({ name: 'refunded_at', type: 'datetime', precision: 3, nullable: true })
  refundedAt!: Date | null;

  @Column({ name: 'voided_at', type: 'datetime', precision: 3, nullable: true })
  voidedAt!: Date | null;
}

/** A visit that ended: completed, no-show or cancelled, on the clinic day it was booked for. */
@Entity('visit_facts')
export class VisitFact {
  @PrimaryColumn({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'visit_start', type: 'datetime', precision: 3 })
  visitStart!: Date;

  @Column({ name: 'visit_day', type: 'date' })
  visitDay!: string;
}

/** A rating, on the clinic day it was given. */
@Entity('feedback_facts')
export class FeedbackFact {
  @PrimaryColumn({ name: 'feedback_id', type: 'varchar', length: 36 })
  feedbackId!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ name: 'submitted_day', type: 'date' })
  submittedDay!: string;
}

/** A birth from the delivery ward's export; its id is the export's. */
@Entity('delivery_facts')
export class DeliveryFact {
  @PrimaryColumn({ name: 'delivery_id', type: 'varchar', length: 64 })
  deliveryId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'delivered_at', type: 'datetime', precision: 3 })
  deliveredAt!: Date;

  @Column({ name: 'delivery_day', type: 'date' })
  deliveryDay!: string;

  @Column({ name: 'delivery_type', type: 'varchar', length: 10 })
  deliveryType!: string;
}

/** A department's cost on a day, from the finance export; its id is the export's. */
@Entity('department_costs')
export class DepartmentCost {
  @PrimaryColumn({ name: 'cost_id', type: 'varchar', length: 64 })
  costId!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ name: 'cost_date', type: 'date' })
  costDate!: string;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents!: number;

  @Column({ type: 'varchar', length: 100 })
  category!: string;
}
