import { AuditOutcome } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which audit events to list; every field narrows the list' })
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @MaxLength(64)
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  @MaxLength(36)
  patientId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. medicalRecord.read, user.deactivate' })
  @MaxLength(64)
  action?: string | null;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => Date, { nullable: true, description: 'At or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before' })
  to?: Date | null;
}
