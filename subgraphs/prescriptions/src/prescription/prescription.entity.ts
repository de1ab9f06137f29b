import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A medication a doctor prescribed at a visit. The visit, its doctor and its
 * patient are other subgraphs' entities, named by the ids the appointments
 * subgraph gave when the prescription was issued.
 */
@Entity('prescriptions')
@Index('idx_prescriptions_patient', ['patientId', 'issuedAt'])
@Index('idx_prescriptions_appointment', ['appointmentId', 'issuedAt'])
@ObjectType({ description: 'A medication prescribed by the doctor of a visit' })
@Directive('@key(fields: "id")')
export class Prescription {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'What prescription(id) takes' })
  id!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'What is prescribed, as the doctor wrote it' })
  medication!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'How much and how often, e.g. "500 mg twice a day"' })
  dosage!: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How many days the medication is taken' })
  days!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Anything more the patient is told; null when the doctor gave none',
  })
  instructions!: string | null;

  @Column({ name: 'issued_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the doctor issued it' })
  issuedAt!: Date;
}
