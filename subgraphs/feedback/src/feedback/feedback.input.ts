import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_COMMENT_LENGTH, MAX_RATING, MIN_RATING } from './feedback.rules.js';

@InputType({ description: 'A patient rates their completed visit, once' })
export class SubmitFeedbackInput {
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => Int, { description: `${MIN_RATING} to ${MAX_RATING}` })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: `At most ${MAX_COMMENT_LENGTH} characters once trimmed; a blank comment is none`,
  })
  comment?: string | null;
}
