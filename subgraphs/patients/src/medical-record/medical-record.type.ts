import { Field, ID, ObjectType } from 'type-graphql';
import { Doctor } from '../doctor/doctor.type.js';

@ObjectType({ description: "An entry in a patient's medical record, written by a doctor" })
export class MedicalRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  diagnosis!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Doctor, { nullable: true, description: 'The doctor who wrote it' })
  author!: Doctor | null;
}
