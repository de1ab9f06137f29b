import { ConnectionType, DecimalScalar, type Cents } from '@hospital/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InvoiceKind, InvoiceStatus } from './invoice.enums.js';

/**
 * What one visit costs the patient. Made only from the appointments domain's
 * events, at most one per visit (a unique key on the appointment); the doctor,
 * department and service are kept as they were at the visit, for the reports.
 * Amounts are whole cents; the database checks that total = subtotal + tax.
 */
@Entity('invoices')
@ObjectType({
  description: 'A bill for a visit: its consultation, a late cancellation or a missed visit, plus 5 % tax',
})
@Directive('@key(fields: "id")')
export class Invoice {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'What invoice(id) and payInvoice take' })
  id!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36, unique: true })
  appointmentId!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ name: 'service_id', type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => InvoiceKind, { description: 'What the visit is billed for' })
  kind!: InvoiceKind;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => InvoiceStatus, { description: 'Whether it is to be paid, paid, voided or refunded' })
  status!: InvoiceStatus;

  @Column({ name: 'subtotal_cents', type: 'int' })
  @Field(() => DecimalScalar, { name: 'subtotal', description: 'Before tax' })
  subtotalCents!: Cents;

  @Column({ name: 'tax_cents', type: 'int' })
  @Field(() => DecimalScalar, { name: 'tax', description: '5 % of the subtotal, rounded half away from zero' })
  taxCents!: Cents;

  @Column({ name: 'total_cents', type: 'int' })
  @Field(() => DecimalScalar, { name: 'total', description: 'Subtotal plus tax: what the patient pays' })
  totalCents!: Cents;

  /** When the visit was to start. */
  @Column({ name: 'visit_start', type: 'datetime', precision: 3 })
  visitStart!: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date, {
    description: 'When billing raised it: as the visit was completed, marked a no-show or cancelled late',
  })
  createdAt!: Date;

  @Column({ name: 'void_reason', type: 'varchar', length: 1000, nullable: true })
  voidReason!: string | null;

  @Column({ name: 'voided_at', type: 'datetime', precision: 3, nullable: true })
  voidedAt!: Date | null;

  /** Who voided it at the desk; null when billing did, because the visit was cancelled in time. */
  @Column({ name: 'voided_by', type: 'varchar', length: 36, nullable: true })
  voidedBy!: string | null;
}

export const InvoiceConnection = ConnectionType(Invoice);
export type InvoiceConnection = InstanceType<typeof InvoiceConnection>;
