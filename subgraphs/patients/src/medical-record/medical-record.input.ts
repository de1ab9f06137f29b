import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MEDICAL_RECORD_LIMITS } from './medical-record.rules.js';

@InputType({ description: 'What a doctor writes in a medical record' })
export class MedicalRecordInput {
  @Field(() => String, { description: `Not blank, at most ${MEDICAL_RECORD_LIMITS.diagnosis} characters` })
  @MaxLength(MEDICAL_RECORD_LIMITS.diagnosis)
  diagnosis!: string;

  @Field(() => String, {
    nullable: true,
    description: 'On an update: left out keeps the notes, null removes them',
  })
  @IsOptional()
  @MaxLength(MEDICAL_RECORD_LIMITS.notes)
  notes?: string | null;
}
