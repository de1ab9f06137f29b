import { loaderById, loaderOfMany } from '@hospital/kit';
import type { AvailabilityRule } from './availability-rule.entity.js';
import type { ExtraHours } from './extra-hours.entity.js';
import type { ScheduleService } from './schedule.service.js';
import type { TimeOff } from './time-off.entity.js';

export const createWeeklyAvailabilityLoader = (schedules: ScheduleService) =>
  loaderOfMany(
    (doctorIds) => schedules.weeklyAvailabilityOf(doctorIds),
    (rule: AvailabilityRule) => rule.doctorId,
  );

export const createTimeOffLoader = (schedules: ScheduleService) =>
  loaderOfMany(
    (doctorIds) => schedules.timeOffOf(doctorIds),
    (timeOff: TimeOff) => timeOff.doctorId,
  );

export const createTimeOffByIdLoader = (schedules: ScheduleService) =>
  loaderById(
    (ids) => schedules.timeOffByIds(ids),
    (timeOff: TimeOff) => timeOff.id,
  );

/** Extra hours by doctor, one loader per range of days asked for, so that a list of doctors costs one query per range. */
export function createExtraHoursLoaders(schedules: ScheduleService) {
  const byRange = new Map<string, ReturnType<typeof loaderOfMany<ExtraHours>>>();
  return (range: { from: string; to: string }) => {
    const key = `${range.from}|${range.to}`;
    let loader = byRange.get(key);
    if (!loader) {
      loader = loaderOfMany(
        (doctorIds) => schedules.extraHoursOf(doctorIds, range),
        (extra: ExtraHours) => extra.doctorId,
      );
      byRange.set(key, loader);
    }
    return loader;
  };
}
