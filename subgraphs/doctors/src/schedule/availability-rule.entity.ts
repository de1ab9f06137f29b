import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DayOfWeek } from './schedule.enums.js';
import { formatClockTime } from './schedule.rules.js';

/** Kept in minutes after midnight, so the database can check clinic hours and alignment with arithmetic. */
@Entity('availability_rules')
@ObjectType({ description: "When a doctor sees patients on a day of the week, in the clinic's time zone" })
export class AvailabilityRule {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'day_of_week', type: 'varchar', length: 9 })
  @Field(() => DayOfWeek, { description: 'The day it holds on, every week' })
  dayOfWeek!: DayOfWeek;

  @Column({ name: 'start_minute', type: 'int' })
  startMinute!: number;

  @Column({ name: 'end_minute', type: 'int' })
  endMinute!: number;

  @Field(() => String, { description: 'HH:MM, clinic time' })
  get startTime(): string {
    return formatClockTime(this.startMinute);
  }

  @Field(() => String, { description: 'HH:MM, clinic time; the first minute the doctor is no longer available' })
  get endTime(): string {
    return formatClockTime(this.endMinute);
  }
}
