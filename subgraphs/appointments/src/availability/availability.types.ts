import { LocalDateScalar } from '@hospital/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Doctor } from '../federation/doctors.stub.js';
import { MAX_SEARCH_DAYS } from './slot-finder.js';

@InputType({ description: 'Free starts of a service, with one doctor or any of its department' })
export class AvailableSlotsInput {
  @Field(() => ID, { description: 'The service to book; its duration is the length of each slot' })
  serviceId!: string;

  @Field(() => ID, { nullable: true, description: "Any doctor of the service's department when absent" })
  doctorId?: string | null;

  @Field(() => Date, { description: 'Starts at or after' })
  from!: Date;

  @Field(() => Date, { description: `Starts before; at most ${MAX_SEARCH_DAYS} days after from` })
  to!: Date;
}

@InputType({ description: 'Free starts of a service per clinic day' })
export class AvailabilityCalendarInput {
  @Field(() => ID, {
    description: "The service to book, with any doctor of its department; its duration is each slot's length",
  })
  serviceId!: string;

  @Field(() => LocalDateScalar, { description: 'The first clinic day' })
  from!: string;

  @Field(() => LocalDateScalar, { description: `Inclusive; at most ${MAX_SEARCH_DAYS} days in all` })
  to!: string;
}

@ObjectType({ description: 'A start a visit of the service can be booked at, with the doctor who is free' })
export class AvailableSlot {
  @Field(() => Date, { description: 'When the visit would start' })
  start!: Date;

  @Field(() => Date, { description: "When it would end: the start plus the service's duration" })
  end!: Date;

  @Field(() => Doctor, { description: 'The doctor free at that time' })
  doctor!: Doctor;
}

@ObjectType({ description: 'A clinic day: how many starts are free, and with whom' })
export class CalendarDay {
  @Field(() => LocalDateScalar, { description: 'The clinic day; every day of the range has one, free or not' })
  date!: string;

  @Field(() => Int, { description: 'Free starts that day, per doctor: a start two doctors are free at counts twice' })
  freeSlotCount!: number;

  @Field(() => [Doctor], { description: 'The doctors with at least one free start that day' })
  doctors!: Doctor[];
}
