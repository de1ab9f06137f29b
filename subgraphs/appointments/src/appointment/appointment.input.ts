import { IsNotBlank } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AppointmentStatus } from './appointment.enums.js';

@InputType({ description: 'A patient asks for a visit' })
export class RequestAppointmentInput {
  @Field(() => ID, { description: 'A patient may only name themself' })
  patientId!: string;

  @Field(() => ID)
  doctorId!: string;

  @Field(() => ID, { description: "A service of the doctor's department" })
  serviceId!: string;

  @Field(() => Date, { description: 'On the hour or the half hour, clinic time, at least 2 hours ahead' })
  preferredTime!: Date;

  @Field(() => String)
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: 'Which appointments to list; every given criterion must hold' })
export class AppointmentFilter {
  @Field(() => ID, { nullable: true })
  doctorId?: string | null;

  @Field(() => ID, { nullable: true })
  patientId?: string | null;

  @Field(() => [AppointmentStatus], { nullable: true })
  status?: AppointmentStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Starting at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Starting before' })
  to?: Date | null;
}
