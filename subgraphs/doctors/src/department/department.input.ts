import { IsNotBlank } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CreateDepartmentArgs {
  @Field(() => String, { description: 'Unique across the hospital' })
  @IsNotBlank()
  @MaxLength(120)
  name!: string;
}
