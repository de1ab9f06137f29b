import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a medical record said from one revision to the next' })
export class MedicalRecordVersion {
  @Field(() => Int, { description: '1 as first written' })
  version!: number;

  @Field(() => String, { description: 'The diagnosis as this version had it' })
  diagnosis!: string;

  @Field(() => String, { nullable: true, description: 'The notes as this version had them; null when there were none' })
  notes!: string | null;

  @Field(() => Date, { description: 'When this version was written' })
  changedAt!: Date;

  @Field(() => ID, { description: 'The doctor who wrote this version' })
  changedById!: string;
}
