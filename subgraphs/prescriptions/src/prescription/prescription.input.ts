import { Field, ID, InputType, Int } from 'type-graphql';
import { PRESCRIPTION_LIMITS } from './prescription.rules.js';

/**
 * Checked by `prescriptionProblems`, not by class-validator decorators: one
 * check names every bad field at once, where decorators would answer before the
 * rules could add theirs.
 */
@InputType({ description: "The doctor of an approved or completed visit prescribes for the visit's patient" })
export class IssuePrescriptionInput {
  @Field(() => ID, {
    description:
      "The caller's own visit, APPROVED or COMPLETED: another status is BUSINESS_RULE_VIOLATION (VISIT_NOT_PRESCRIBABLE)",
  })
  appointmentId!: string;

  @Field(() => String, { description: `Not blank, at most ${PRESCRIPTION_LIMITS.medication} characters` })
  medication!: string;

  @Field(() => String, { description: `Not blank, at most ${PRESCRIPTION_LIMITS.dosage} characters` })
  dosage!: string;

  @Field(() => Int, { description: `${PRESCRIPTION_LIMITS.minDays} to ${PRESCRIPTION_LIMITS.maxDays}` })
  days!: number;

  @Field(() => String, { nullable: true, description: `At most ${PRESCRIPTION_LIMITS.instructions} characters` })
  instructions?: string | null;
}
