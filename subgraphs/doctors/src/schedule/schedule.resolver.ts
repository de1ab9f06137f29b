import { ForbiddenError, LocalDateScalar } from '@hospital/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { DoctorsContext } from '../context.js';
import { Doctor } from '../doctor/doctor.entity.js';
import { maySeeDoctorPrivateDetails } from '../doctor/doctor.rules.js';
import { AvailabilityRule } from './availability-rule.entity.js';
import { ExtraHours } from './extra-hours.entity.js';
import { MAX_EXTRA_HOURS_DAYS } from './extra-hours.rules.js';
import { AvailabilityRuleInput, ExtraHoursInput, TimeOffInput } from './schedule.input.js';
import { CLINIC_CLOSES, CLINIC_OPENS, formatClockTime } from './schedule.rules.js';
import { TimeOff } from './time-off.entity.js';

const CLINIC_HOURS = `${formatClockTime(CLINIC_OPENS)}–${formatClockTime(CLINIC_CLOSES)}`;

@Resolver(() => Doctor)
export class DoctorScheduleResolver {
  @FieldResolver(() => [AvailabilityRule], { description: 'The usual week, Monday first, by start time' })
  weeklyAvailability(@Root() doctor: Doctor, @Ctx() { loaders }: DoctorsContext): Promise<AvailabilityRule[]> {
    return loaders.weeklyAvailability.load(doctor.id);
  }

  @FieldResolver(() => [TimeOff], { description: 'Periods away from the usual week, by start' })
  timeOff(@Root() doctor: Doctor, @Ctx() { loaders }: DoctorsContext): Promise<TimeOff[]> {
    return loaders.timeOff.load(doctor.id);
  }

  @FieldResolver(() => [ExtraHours], {
    description:
      'Days opened beyond the usual week, by day and start: from `from` (today by default) to `to` (a year on by default), at most 366 days',
  })
  extraHours(
    @Root() doctor: Doctor,
    @Arg('from', () => LocalDateScalar, {
      nullable: true,
      description: 'The first clinic day, inclusive; today unless given',
    })
    from: string | null,
    @Arg('to', () => LocalDateScalar, {
      nullable: true,
      description: `The last clinic day, inclusive. Before \`from\`, or more than ${MAX_EXTRA_HOURS_DAYS} days in all, is BAD_USER_INPUT`,
    })
    to: string | null,
    @Ctx() { loaders, schedules }: DoctorsContext,
  ): Promise<ExtraHours[]> {
    return loaders.extraHours(schedules.extraHoursRange(from, to)).load(doctor.id);
  }

  @Mutation(() => Doctor, {
    description: "ADMIN or the doctor themself: replaces the doctor's whole weekly availability with `rules`",
  })
  async setWeeklyAvailability(
    @Arg('doctorId', () => ID, { description: 'The doctor whose week it is; NOT_FOUND when the id names none' })
    doctorId: string,
    @Arg('rules', () => [AvailabilityRuleInput], {
      description: `The whole new week in any order, each rule within ${CLINIC_HOURS}; none clears it. A bad rule is BAD_USER_INPUT naming it, e.g. rules[2]`,
    })
    rules: AvailabilityRuleInput[],
    @Ctx() context: DoctorsContext,
  ): Promise<Doctor> {
    const doctor = await context.schedules.replaceWeeklyAvailability(context, doctorId, rules);
    context.loaders.weeklyAvailability.clear(doctorId);
    return doctor;
  }

  @Mutation(() => TimeOff, { description: 'ADMIN or the doctor themself' })
  async addTimeOff(
    @Arg('doctorId', () => ID, { description: 'The doctor who is away; NOT_FOUND when the id names none' })
    doctorId: string,
    @Arg('input', () => TimeOffInput, {
      description: 'The period. Booked visits it falls on stay booked: see TimeOff.conflictingAppointments',
    })
    input: TimeOffInput,
    @Ctx() context: DoctorsContext,
  ): Promise<TimeOff> {
    const timeOff = await context.schedules.addTimeOff(context, doctorId, input);
    context.loaders.timeOff.clear(doctorId);
    return timeOff;
  }

  @Mutation(() => Boolean, { description: 'ADMIN or the doctor themself' })
  async removeTimeOff(
    @Arg('id', () => ID, { description: 'The time off to cancel; NOT_FOUND when the id names none' }) id: string,
    @Ctx() context: DoctorsContext,
  ): Promise<boolean> {
    const removed = await context.schedules.removeTimeOff(context, id);
    context.loaders.timeOff.clear(removed.doctorId);
    return true;
  }

  @Mutation(() => ExtraHours, {
    description: 'ADMIN or the doctor themself: opens the doctor on one day, beyond the usual week',
  })
  addExtraHours(
    @Arg('doctorId', () => ID, { description: 'The doctor to open; NOT_FOUND when the id names none' })
    doctorId: string,
    @Arg('input', () => ExtraHoursInput, {
      description: `The day and window, within ${CLINIC_HOURS}; overlapping the doctor's other extra hours that day is CONFLICT`,
    })
    input: ExtraHoursInput,
    @Ctx() context: DoctorsContext,
  ): Promise<ExtraHours> {
    return context.schedules.addExtraHours(context, doctorId, input);
  }

  @Mutation(() => Boolean, { description: 'ADMIN or the doctor themself' })
  async removeExtraHours(
    @Arg('id', () => ID, { description: 'The extra hours to withdraw; NOT_FOUND when the id names none' }) id: string,
    @Ctx() context: DoctorsContext,
  ): Promise<boolean> {
    await context.schedules.removeExtraHours(context, id);
    return true;
  }
}

@Resolver(() => TimeOff)
export class TimeOffResolver {
  @FieldResolver(() => Doctor, { description: 'Whose time off it is' })
  doctor(@Root() timeOff: TimeOff, @Ctx() { loaders }: DoctorsContext): Promise<Doctor | null> {
    return loaders.doctor.load(timeOff.doctorId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'ADMIN and the doctor themself; FORBIDDEN for anyone else',
  })
  reason(@Root() timeOff: TimeOff, @Ctx() { viewer }: DoctorsContext): string | null {
    if (!maySeeDoctorPrivateDetails(viewer, timeOff.doctorId)) {
      throw new ForbiddenError('Only administrators and the doctor themself may see why a doctor is away');
    }
    return timeOff.reason;
  }
}
