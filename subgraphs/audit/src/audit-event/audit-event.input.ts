import { AUDIT_TEXT_LIMITS, AuditOutcome } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which audit events to list; every field narrows the list' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Done by this user or service' })
  @MaxLength(AUDIT_TEXT_LIMITS.actorId)
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "About this patient's data" })
  @MaxLength(AUDIT_TEXT_LIMITS.patientId)
  patientId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. medicalRecord.read, user.deactivate' })
  @MaxLength(AUDIT_TEXT_LIMITS.action)
  action?: string | null;

  @Field(() => AuditOutcome, { nullable: true, description: 'Only attempts that ended so' })
  outcome?: AuditOutcome | null;

  @Field(() => Date, { nullable: true, description: 'At or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before' })
  to?: Date | null;
}
