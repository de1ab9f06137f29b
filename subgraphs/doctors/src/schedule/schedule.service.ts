import {
  BadUserInputError,
  ForbiddenError,
  mustExist,
  newId,
  NotFoundError,
  requireViewer,
  throwIfInvalid,
  type UnitOfWork,
  type Viewer,
} from '@hospital/kit';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Doctor } from '../doctor/doctor.entity.js';
import { mayManageDoctor } from '../doctor/doctor.rules.js';
import { AvailabilityRule } from './availability-rule.entity.js';
import type { AvailabilityRuleInput, TimeOffInput } from './schedule.input.js';
import { checkWeeklyAvailability, compareWeeklyRules, timeOffProblem } from './schedule.rules.js';
import { TimeOff } from './time-off.entity.js';

/** Doctors' weekly availability and time off: what free slots are made of. */
export class ScheduleService {
  private readonly rules: Repository<AvailabilityRule>;
  private readonly timeOff: Repository<TimeOff>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clinicTimeZone: string,
  ) {
    this.rules = uow.dataSource.getRepository(AvailabilityRule);
    this.timeOff = uow.dataSource.getRepository(TimeOff);
  }

  /** Replaces the doctor's whole week: the old rules and the new never mix, even under concurrent replacements. */
  async replaceWeeklyAvailability(
    viewer: Viewer | null,
    doctorId: string,
    rules: readonly AvailabilityRuleInput[],
  ): Promise<Doctor> {
    requireScheduleManager(viewer, doctorId);
    const checked = checkWeeklyAvailability(rules, this.clinicTimeZone);
    throwIfInvalid(checked.problems);
    return this.uow.run(async (manager, emit) => {
      await lockDoctor(manager, doctorId);
      await manager.delete(AvailabilityRule, { doctorId });
      if (checked.rules.length) {
        await manager.insert(
          AvailabilityRule,
          checked.rules.map((rule) => ({ id: newId(), doctorId, ...rule })),
        );
      }
      emit('doctors.schedule-changed', { doctorId });
      return manager.findOneByOrFail(Doctor, { id: doctorId });
    });
  }

  async addTimeOff(viewer: Viewer | null, doctorId: string, input: TimeOffInput): Promise<TimeOff> {
    requireScheduleManager(viewer, doctorId);
    const problem = timeOffProblem(input.start, input.end);
    if (problem) throw BadUserInputError.field('end', problem);
    const timeOff = this.timeOff.create({
      id: newId(),
      doctorId,
      startsAt: input.start,
      endsAt: input.end,
      reason: input.reason?.trim() || null,
      createdAt: new Date(),
    });
    await this.uow.run(async (manager, emit) => {
      if (!(await manager.existsBy(Doctor, { id: doctorId }))) throw new NotFoundError('Doctor', doctorId);
      await manager.insert(TimeOff, timeOff);
      emit('doctors.schedule-changed', { doctorId });
    });
    return timeOff;
  }

  /** Deletes the time off; returns what was removed. */
  async removeTimeOff(viewer: Viewer | null, id: string): Promise<TimeOff> {
    requireViewer(viewer);
    return this.uow.run(async (manager, emit) => {
      const timeOff = await mustExist('TimeOff', id, manager.findOneBy(TimeOff, { id }));
      requireScheduleManager(viewer, timeOff.doctorId);
      await manager.delete(TimeOff, { id });
      emit('doctors.schedule-changed', { doctorId: timeOff.doctorId });
      return timeOff;
    });
  }

  async weeklyAvailabilityOf(doctorIds: readonly string[]): Promise<AvailabilityRule[]> {
    const rules = await this.rules.findBy({ doctorId: In([...doctorIds]) });
    return rules.sort(compareWeeklyRules);
  }

  timeOffOf(doctorIds: readonly string[]): Promise<TimeOff[]> {
    return this.timeOff.find({ where: { doctorId: In([...doctorIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }
}

function requireScheduleManager(viewer: Viewer | null, doctorId: string): void {
  requireViewer(viewer);
  if (!mayManageDoctor(viewer, doctorId)) {
    throw new ForbiddenError("Only an administrator or the doctor themself may change the doctor's schedule");
  }
}

/**
 * Writes the doctor's row first: the row lock it takes makes two replacements
 * of one doctor's week run one after the other, instead of interleaving their
 * deletes and inserts (or deadlocking on MariaDB's gap locks).
 */
async function lockDoctor(manager: EntityManager, doctorId: string): Promise<void> {
  const result = await manager.update(Doctor, { id: doctorId }, { updatedAt: new Date() });
  if (!result.affected) throw new NotFoundError('Doctor', doctorId);
}
