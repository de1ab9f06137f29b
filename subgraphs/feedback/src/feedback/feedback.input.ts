import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_COMMENT_LENGTH, MAX_RATING, MIN_RATING } from './feedback.rules.js';

@InputType({ description: 'A patient rates their completed visit, once' })
export class SubmitFeedbackInput {
  @Field(() => ID, {
    description: "Her own COMPLETED visit: another patient's is FORBIDDEN, an id that names none NOT_FOUND",
  })
  appointmentId!: string;

  @Field(() => Int, { description: `${MIN_RATING} to ${MAX_RATING}` })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: `At most ${MAX_COMMENT_LENGTH} characters once trimmed; a blank comment is none`,
  })
  comment?: string | null;
}

@InputType({ description: 'Which feedback to list; every field given narrows the list' })
export class FeedbackFilter {
  @Field(() => ID, { nullable: true, description: "One doctor's visits (a doctor may name only herself)" })
  @MaxLength(36)
  doctorId?: string | null;

  @Field(() => ID, { nullable: true, description: "The visits of the department's doctors" })
  @MaxLength(36)
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: `At least this rating, ${MIN_RATING} to ${MAX_RATING}` })
  minRating?: number | null;

  @Field(() => Int, { nullable: true, description: `At most this rating, ${MIN_RATING} to ${MAX_RATING}` })
  maxRating?: number | null;

  @Field(() => Date, { nullable: true, description: 'Given at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Given before' })
  to?: Date | null;
}
