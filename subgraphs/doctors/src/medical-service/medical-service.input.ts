import { type Cents, DecimalScalar, IsNotBlank } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A service a department starts to offer' })
export class MedicalServiceInput {
  @Field(() => String, { description: 'Unique within its department' })
  @IsNotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => ID, { description: 'The department that offers it; NOT_FOUND when the id names none' })
  departmentId!: string;

  @Field(() => Int, { description: 'A positive multiple of 30, at most 480' })
  durationMinutes!: number;

  @Field(() => DecimalScalar, { description: 'Not negative, e.g. "105.00"' })
  price!: Cents;
}
