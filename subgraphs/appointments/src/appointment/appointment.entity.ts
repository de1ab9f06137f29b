import { ConnectionType } from '@hospital/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AppointmentStatus } from './appointment.enums.js';

/**
 * A visit a patient asked for. The patient, the doctor and the service are other
 * subgraphs' entities, resolved through federation from their ids; the price is
 * the service's when the visit was booked, so a later price change does not
 * change what this visit costs.
 */
@Entity('appointments')
@ObjectType({ description: 'A visit: requested by a patient, decided by the doctor' })
@Directive('@key(fields: "id")')
export class Appointment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'service_id', type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'start' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'end' })
  endsAt!: Date;

  /** The clinic day of the start (YYYY-MM-DD): the day the daily cap counts it on. */
  @Column({ name: 'clinic_day', type: 'varchar', length: 10 })
  clinicDay!: string;

  @Column({ type: 'varchar', length: 1000 })
  @Field(() => String)
  reason!: string;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'cancellation_fee_cents', type: 'int', nullable: true })
  cancellationFeeCents!: number | null;

  @Column({ name: 'price_cents', type: 'int' })
  priceCents!: number;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes!: number;

  @Column({ name: 'reschedule_count', type: 'int' })
  @Field(() => Int)
  rescheduleCount!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  updatedAt!: Date;
}

export const AppointmentConnection = ConnectionType(Appointment);
export type AppointmentConnection = InstanceType<typeof AppointmentConnection>;
