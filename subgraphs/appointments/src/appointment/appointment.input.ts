import { IsNotBlank } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AppointmentStatus } from './appointment.enums.js';
import { MAX_REASON_LENGTH } from './appointment.rules.js';
import { LEAD_TIME_MINUTES } from './booking.rules.js';

@InputType({ description: 'A patient asks for a visit' })
export class RequestAppointmentInput {
  @Field(() => ID, { description: 'A patient may only name themself' })
  patientId!: string;

  @Field(() => ID, { description: 'The doctor to see' })
  doctorId!: string;

  @Field(() => ID, { description: "A service of the doctor's department" })
  serviceId!: string;

  @Field(() => Date, {
    description: `On the hour or the half hour, clinic time, at least ${LEAD_TIME_MINUTES / 60} hours ahead`,
  })
  preferredTime!: Date;

  @Field(() => String, { description: `Why the patient asks; not blank, at most ${MAX_REASON_LENGTH} characters` })
  @IsNotBlank()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

@InputType({ description: 'Which appointments to list; every given criterion must hold' })
export class AppointmentFilter {
  @Field(() => ID, { nullable: true, description: "This doctor's visits; a doctor may only name themself" })
  doctorId?: string | null;

  @Field(() => ID, { nullable: true, description: "This patient's visits; a patient may only name themself" })
  patientId?: string | null;

  @Field(() => [AppointmentStatus], { nullable: true, description: 'In any of these statuses; absent or empty: any' })
  status?: AppointmentStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Starting at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Starting before' })
  to?: Date | null;
}
