import { ConnectionType } from '@hospital/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AppointmentStatus } from './appointment.enums.js';
import { MAX_REASON_LENGTH, MAX_RESCHEDULES } from './appointment.rules.js';

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
  @Field(() => ID, { description: "The visit's id" })
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
  @Field(() => AppointmentStatus, {
    description: 'Where the visit stands; PENDING and APPROVED visits hold their slot',
  })
  status!: AppointmentStatus;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'start', description: 'When the visit starts' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  @Field(() => Date, {
    name: 'end',
    description: "When it ends: the start plus the service's duration as booked",
  })
  endsAt!: Date;

  /** The clinic day of the start (YYYY-MM-DD): the day the daily cap counts it on. */
  @Column({ name: 'clinic_day', type: 'varchar', length: 10 })
  clinicDay!: string;

  @Column({ type: 'varchar', length: 1000 })
  @Field(() => String, {
    description: `Why the patient asked for the visit, at most ${MAX_REASON_LENGTH} characters`,
  })
  reason!: string;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Why the doctor (or an administrator) rejected it, once REJECTED; null otherwise',
  })
  rejectionReason!: string | null;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The reason given when it was cancelled; null when none was given or it is not CANCELLED',
  })
  cancellationReason!: string | null;

  @Column({ name: 'cancellation_fee_cents', type: 'int', nullable: true })
  cancellationFeeCents!: number | null;

  @Column({ name: 'price_cents', type: 'int' })
  priceCents!: number;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes!: number;

  @Column({ name: 'reschedule_count', type: 'int' })
  @Field(() => Int, { description: `How often it was rescheduled: ${MAX_RESCHEDULES} at most` })
  rescheduleCount!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date, {
    description: 'When it was requested: by the patient, the desk for her, or her claim of a waitlist offer',
  })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

export const AppointmentConnection = ConnectionType(Appointment);
export type AppointmentConnection = InstanceType<typeof AppointmentConnection>;
