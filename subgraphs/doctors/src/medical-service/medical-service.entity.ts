import { DecimalScalar, type Cents } from '@hospital/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('medical_services')
@ObjectType({ description: 'Something a department offers a patient, with how long a visit takes and its price' })
@Directive('@key(fields: "id")')
export class MedicalService {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The service's id, as a booking's serviceId names it" })
  id!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Unique within its department' })
  name!: string;

  @Column({ name: 'duration_minutes', type: 'int' })
  @Field(() => Int, { description: 'How long one visit lasts: a multiple of 30 minutes, at most 480' })
  durationMinutes!: number;

  @Column({ name: 'price_cents', type: 'int' })
  @Field(() => DecimalScalar, { name: 'price', description: 'The price of one visit, before tax' })
  priceCents!: Cents;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
