import { loaderOfMany } from '@hospital/kit';
import type { AvailabilityRule } from './availability-rule.entity.js';
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
