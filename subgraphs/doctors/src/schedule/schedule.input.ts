import { LocalDateScalar } from '@hospital/kit';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DayOfWeek } from './schedule.enums.js';

@InputType({ description: "A span of a weekday when the doctor sees patients, in the clinic's time zone" })
export class AvailabilityRuleInput {
  @Field(() => DayOfWeek)
  dayOfWeek!: DayOfWeek;

  @Field(() => String, { description: 'HH:MM on a 30-minute boundary, from 09:00' })
  startTime!: string;

  @Field(() => String, { description: 'HH:MM on a 30-minute boundary, until 18:00; after startTime' })
  endTime!: string;
}

@InputType({ description: 'A period in which the doctor sees no patients' })
export class TimeOffInput {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date, { description: 'After start' })
  end!: Date;

  @Field(() => String, { nullable: true, description: 'Seen only by administrators and the doctor' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@InputType({
  description:
    "A window of one day in which the doctor sees patients beyond their usual week, in the clinic's time zone",
})
export class ExtraHoursInput {
  @Field(() => LocalDateScalar, { description: 'Today or later' })
  date!: string;

  @Field(() => String, { description: 'HH:MM on a 30-minute boundary, from 09:00' })
  startTime!: string;

  @Field(() => String, { description: 'HH:MM on a 30-minute boundary, until 18:00; after startTime' })
  endTime!: string;
}
