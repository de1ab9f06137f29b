import { LocalDateScalar } from '@hospital/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SLOT_MINUTES } from '../appointment/booking.rules.js';
import { Doctor } from '../federation/doctors.stub.js';

@ObjectType({ description: `One doctor's slots in a period, in ${SLOT_MINUTES}-minute slots` })
export class ScheduleBoardRow {
  @Field(() => Doctor, { description: 'The doctor the row counts' })
  doctor!: Doctor;

  @Field(() => Int, { description: 'Half hours of weekly and extra hours, less time off' })
  capacitySlots!: number;

  @Field(() => Int, { description: 'Half hours of APPROVED and COMPLETED visits' })
  bookedSlots!: number;

  @Field(() => Int, { description: 'Half hours of PENDING visits' })
  pendingSlots!: number;

  @Field(() => Int, { description: 'Capacity slots no booked or pending visit covers' })
  freeSlots!: number;

  @Field(() => Float, {
    description: 'bookedSlots ÷ capacitySlots, 0 without capacity; above 1 when visits stand in time off',
  })
  utilisation!: number;
}

@ObjectType({ description: 'A day, an ISO week or a month of the board, clipped to the range asked for' })
export class ScheduleBoardPeriod {
  @Field(() => LocalDateScalar, { description: 'Its first clinic day' })
  start!: string;

  @Field(() => LocalDateScalar, { description: 'Its last clinic day, included' })
  end!: string;

  @Field(() => [ScheduleBoardRow], { description: 'One per doctor on the board, by name' })
  rows!: ScheduleBoardRow[];
}

@ObjectType({ description: "The desk's view of capacity and bookings, per period and doctor" })
export class ScheduleBoard {
  @Field(() => [ScheduleBoardPeriod], { description: 'In order from `from` to `to`; together they cover the range' })
  periods!: ScheduleBoardPeriod[];
}
