import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Doctor } from '../federation/doctors.stub.js';
import type { MedicalRecordVersion } from './medical-record-version.type.js';

@ObjectType({ description: "An entry in a patient's medical record, written by a doctor" })
export class MedicalRecord {
  @Field(() => ID, { description: 'What updateMedicalRecord takes' })
  id!: string;

  @Field(() => String, { description: "The current version's diagnosis" })
  diagnosis!: string;

  @Field(() => String, { nullable: true, description: "The current version's notes; null when there are none" })
  notes!: string | null;

  @Field(() => Date, { description: 'When it was first written' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its current version was written: createdAt until it is revised' })
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
