import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "How a doctor's patients rated their visits: no comments, no patients" })
export class FeedbackSummary {
  @Field(() => Float, { nullable: true, description: 'The mean rating to 2 decimals; null while there is none' })
  averageRating!: number | null;

  @Field(() => Int, { description: "How many of the doctor's visits were rated" })
  count!: number;
}
