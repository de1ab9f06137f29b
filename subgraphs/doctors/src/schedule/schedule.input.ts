import { LocalDateScalar } from '@hospital/kit';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DayOfWeek } from './schedule.enums.js';
import { CLINIC_CLOSES, CLINIC_OPENS, formatClockTime, SLOT_MINUTES } from './schedule.rules.js';

const START_TIME = `HH:MM on a ${SLOT_MINUTES}-minute boundary, from ${formatClockTime(CLINIC_OPENS)}`;
const END_TIME = `HH:MM on a ${SLOT_MINUTES}-minute boundary, until ${formatClockTime(CLINIC_CLOSES)}; after startTime`;

@InputType({ description: "A span of a weekday when the doctor sees patients, in the clinic's time zone" })
export class AvailabilityRuleInput {
  @Field(() => DayOfWeek, { description: 'Rules of one day must not overlap; back to back is fine' })
  dayOfWeek!: DayOfWeek;

  @Field(() => String, { description: START_TIME })
  startTime!: string;

  @Field(() => String, { description: END_TIME })
  endTime!: string;
}

@InputType({ description: 'A period in which the doctor sees no patients' })
export class TimeOffInput {
  @Field(() => Date, { description: 'Inclusive: the doctor is away from this instant' })
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

  @Field(() => String, { description: START_TIME })
  startTime!: string;

  @Field(() => String, { description: END_TIME })
  endTime!: string;
}
