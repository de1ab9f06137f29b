import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Doctor } from '../federation/doctors.stub.js';
import type { MedicalRecordVersion } from './medical-record-version.type.js';

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

  @Field(() => Int, { description: 'The current version: 1 as written, one more with each revision' })
  version!: number;

  /** The patient whose chart it is: who may read it, and part of what its text is sealed to. */
  patientId!: string;

  /** The current version as a history entry, last of `versions`. */
  current!: MedicalRecordVersion;
}
