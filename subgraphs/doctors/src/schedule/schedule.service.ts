import {
  AuditTrail,
  type AuditedRequest,
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

/**
 * Doctors' weekly availability and time off: what free slots are made of. An
 * administrator's change of a doctor's schedule is in the audit trail, committed
 * with it, named after the doctor (never why she is away); the doctor changing her
 * own is not (she is not STAFF or ADMIN, and it is no patient's data). Every
 * refusal is.
 */
export class ScheduleService {
  private readonly rules: Repository<AvailabilityRule>;
  private readonly timeOff: Repository<TimeOff>;
  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clinicTimeZone: string,
  ) {
    this.rules = uow.dataSource.getRepository(AvailabilityRule);
    this.timeOff = uow.dataSource.getRepository(TimeOff);
    this.audit = new AuditTrail(uow);
  }

  /** Replaces the doctor's whole week: the old rules and the new never mix, even under concurrent replacements. */
  async replaceWeeklyAvailability(
    request: AuditedRequest,
    doctorId: string,
    rules: readonly AvailabilityRuleInput[],
  ): Promise<Doctor> {
    const entry = { action: 'doctor.setWeeklyAvailability', subjectType: 'Doctor', subjectId: doctorId };
    await this.audit.permit(request, entry, () => requireScheduleManager(request.viewer, doctorId));
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
      this.audit.changedByStaff(emit, request, entry);
      return manager.findOneByOrFail(Doctor, { id: doctorId });
    });
  }

  async addTimeOff(request: AuditedRequest, doctorId: string, input: TimeOffInput): Promise<TimeOff> {
    const entry = { action: 'doctor.addTimeOff', subjectType: 'Doctor', subjectId: doctorId };
    await this.audit.permit(request, entry, () => requireScheduleManager(request.viewer, doctorId));
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
      this.audit.changedByStaff(emit, request, entry);
    });
    return timeOff;
  }

  /** Deletes the time off; returns what was removed. */
  async removeTimeOff(request: AuditedRequest, id: string): Promise<TimeOff> {
    const entry = { action: 'doctor.removeTimeOff', subjectType: 'Doctor' };
    await this.audit.permit(request, entry, () => requireViewer(request.viewer));
    const timeOff = await mustExist('TimeOff', id, this.timeOff.findOneBy({ id }));
    const ofDoctor = { ...entry, subjectId: timeOff.doctorId };
    // Decided before the change's transaction, so that the refusal is recorded on its own.
    await this.audit.permit(request, ofDoctor, () => requireScheduleManager(request.viewer, timeOff.doctorId));
    return this.uow.run(async (manager, emit) => {
      const { affected } = await manager.delete(TimeOff, { id });
      // Removed by someone else since it was read: nothing of it is left to remove.
      if (!affected) throw new NotFoundError('TimeOff', id);
      emit('doctors.schedule-changed', { doctorId: timeOff.doctorId });
      this.audit.changedByStaff(emit, request, ofDoctor);
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
