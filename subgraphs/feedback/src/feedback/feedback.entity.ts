import { ConnectionType } from '@hospital/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a patient thought of a completed visit. The visit's doctor and patient are
 * copied from the appointments subgraph when the feedback is submitted, so that
 * who may read it and the doctor's summary are answered from this table alone.
 */
@Entity('feedback')
// feedbackEntries, newest first: every entry, and one doctor's (1764950000700-IndexFeedbackByTime).
@Index('idx_feedback_created', ['createdAt', 'id'])
@Index('idx_feedback_doctor_created', ['doctorId', 'createdAt', 'id'])
@ObjectType({ description: "A patient's rating of a completed visit, with an optional comment" })
export class Feedback {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The feedback's id" })
  id!: string;

  /** One feedback per visit: a unique key. */
  @Column({ name: 'appointment_id', type: 'varchar', length: 36, unique: true })
  appointmentId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  rating!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the patient wrote, trimmed; null when she wrote nothing' })
  comment!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the patient gave it' })
  createdAt!: Date;
}

export const FeedbackConnection = ConnectionType(Feedback);
export type FeedbackConnection = InstanceType<typeof FeedbackConnection>;
