import { LocalDateScalar } from '@hospital/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Doctor } from '../federation/doctors.stub.js';

@InputType({ description: 'Free starts of a service, with one doctor or any of its department' })
export class AvailableSlotsInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => ID, { nullable: true, description: "Any doctor of the service's department when absent" })
  doctorId?: string | null;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date, { description: 'At most 31 days after from' })
  to!: Date;
}

@InputType({ description: 'Free starts of a service per clinic day' })
export class AvailabilityCalendarInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Inclusive; at most 31 days in all' })
  to!: string;
}

@ObjectType({ description: 'A start a visit of the service can be booked at, with the doctor who is free' })
export class AvailableSlot {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => Doctor)
  doctor!: Doctor;
}

@ObjectType({ description: 'A clinic day: how many starts are free, and with whom' })
export class CalendarDay {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => Int)
  freeSlotCount!: number;

  @Field(() => [Doctor])
  doctors!: Doctor[];
}
