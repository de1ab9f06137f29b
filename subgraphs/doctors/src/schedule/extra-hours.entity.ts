import { LocalDateScalar } from '@hospital/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { formatClockTime } from './schedule.rules.js';

/** Kept in minutes after midnight of its clinic day, as the weekly rules are, so the database checks hours and grid. */
@Entity('extra_hours')
@ObjectType({ description: 'A window of one clinic day in which a doctor sees patients beyond their usual week' })
export class ExtraHours {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'What removeExtraHours takes' })
  id!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'clinic_day', type: 'varchar', length: 10 })
  @Field(() => LocalDateScalar, { description: "The day, in the clinic's time zone" })
  date!: string;

  @Column({ name: 'start_minute', type: 'int' })
  startMinute!: number;

  @Column({ name: 'end_minute', type: 'int' })
  endMinute!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Field(() => String, { description: 'HH:MM, clinic time' })
  get startTime(): string {
    return formatClockTime(this.startMinute);
  }

  @Field(() => String, { description: 'HH:MM, clinic time; the first minute the doctor is no longer available' })
  get endTime(): string {
    return formatClockTime(this.endMinute);
  }
}

/**
 * One row per 30-minute block an extra window covers, keyed by (doctor, day,
 * block): the key is what keeps two windows of a doctor's day from overlapping,
 * however many are added at once.
 */
@Entity('extra_hours_blocks')
export class ExtraHoursBlock {
  @PrimaryColumn({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @PrimaryColumn({ name: 'clinic_day', type: 'varchar', length: 10 })
  date!: string;

  @PrimaryColumn({ name: 'block_minute', type: 'int' })
  blockMinute!: number;

  @Column({ name: 'extra_hours_id', type: 'varchar', length: 36 })
  extraHoursId!: string;
}
