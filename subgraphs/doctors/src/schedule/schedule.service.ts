import {
  AuditTrail,
  type Caller,
  BadUserInputError,
  type Clock,
  ConflictError,
  dateInZone,
  ForbiddenError,
  mustExist,
  newId,
  NotFoundError,
  requireViewer,
  isUniqueViolation,
  throwIfInvalid,
  type AuditEntry,
  type Viewer,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { Between, In, type EntityManager, type Repository } from 'typeorm';
import { Doctor } from '../doctor/doctor.entity.js';
import { mayManageDoctor } from '../doctor/doctor.rules.js';
import { AvailabilityRule } from './availability-rule.entity.js';
import { ExtraHours, ExtraHoursBlock } from './extra-hours.entity.js';
import { blocksOfWindow, checkExtraHours, extraHoursRange, instantsOf, overlappedBy } from './extra-hours.rules.js';
import type { AvailabilityRuleInput, ExtraHoursInput, TimeOffInput } from './schedule.input.js';
import { formatClockTime } from './schedule.rules.js';
import { checkWeeklyAvailability, compareWeeklyRules, timeOffProblem } from './schedule.rules.js';
import { TimeOff } from './time-off.entity.js';

/**
 * Doctors' weekly availability, time off and extra hours: what free slots are made of. An
 * administrator's change of a doctor's schedule is in the audit trail, committed
 * with it, named after the doctor (never why she is away); the doctor changing her
 * own is not (she is not STAFF or ADMIN, and it is no patient's data). Every
 * refusal is.
 */
export class ScheduleService {
  private readonly rules: Repository<AvailabilityRule>;
  private readonly timeOff: Repository<TimeOff>;
  private readonly extraHours: Repository<ExtraHours>;
  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clinicTimeZone: string,
    private readonly clock: Clock,
  ) {
    this.rules = uow.dataSource.getRepository(AvailabilityRule);
    this.timeOff = uow.dataSource.getRepository(TimeOff);
    this.extraHours = uow.dataSource.getRepository(ExtraHours);
    this.audit = new AuditTrail(uow);
  }

  /** Replaces the doctor's whole week: the old rules and the new never mix, even under concurrent replacements. */
  async replaceWeeklyAvailability(
    caller: Caller,
    doctorId: string,
    rules: readonly AvailabilityRuleInput[],
  ): Promise<Doctor> {
    const entry = { action: 'doctor.setWeeklyAvailability', subjectType: 'Doctor', subjectId: doctorId };
    await this.audit.permit(caller, entry, () => requireScheduleManager(caller.viewer, doctorId));
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
      emit('doctors.schedule-changed', { doctorId, change: 'WEEKLY' });
      this.audit.changedByStaff(emit, caller, entry);
      return manager.findOneByOrFail(Doctor, { id: doctorId });
    });
  }

  async addTimeOff(caller: Caller, doctorId: string, input: TimeOffInput): Promise<TimeOff> {
    const entry = { action: 'doctor.addTimeOff', subjectType: 'Doctor', subjectId: doctorId };
    await this.audit.permit(caller, entry, () => requireScheduleManager(caller.viewer, doctorId));
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
      await requireDoctor(manager, doctorId);
      await manager.insert(TimeOff, timeOff);
      emit('doctors.schedule-changed', { doctorId, change: 'TIME_OFF_ADDED', ...boundsOf(timeOff) });
      this.audit.changedByStaff(emit, caller, entry);
    });
    return timeOff;
  }

  /** Deletes the time off; returns what was removed. */
  async removeTimeOff(caller: Caller, id: string): Promise<TimeOff> {
    const { row: timeOff, ofDoctor } = await this.toRemove(caller, 'doctor.removeTimeOff', 'TimeOff', id, () =>
      this.timeOff.findOneBy({ id }),
    );
    return this.uow.run(async (manager, emit) => {
      const { affected } = await manager.delete(TimeOff, { id });
      // Removed by someone else since it was read: nothing of it is left to remove.
      if (!affected) throw new NotFoundError('TimeOff', id);
      emit('doctors.schedule-changed', {
        doctorId: timeOff.doctorId,
        change: 'TIME_OFF_REMOVED',
        ...boundsOf(timeOff),
      });
      this.audit.changedByStaff(emit, caller, ofDoctor);
      return timeOff;
    });
  }

  /**
   * Opens the doctor on one day beyond their week. Two windows of a day never
   * overlap: each holds its 30-minute blocks under a key of the database, so of two
   * overlapping windows added at once one is refused (CONFLICT, naming the other).
   */
  async addExtraHours(caller: Caller, doctorId: string, input: ExtraHoursInput): Promise<ExtraHours> {
    const entry = { action: 'doctor.addExtraHours', subjectType: 'Doctor', subjectId: doctorId };
    await this.audit.permit(caller, entry, () => requireScheduleManager(caller.viewer, doctorId));
    const now = this.clock.now();
    const checked = checkExtraHours(input, dateInZone(now, this.clinicTimeZone), this.clinicTimeZone);
    throwIfInvalid(checked.problems);
    const window = checked.window as NonNullable<typeof checked.window>;
    const extra = this.extraHours.create({ id: newId(), doctorId, ...window, createdAt: now });
    await this.uow.run(async (manager, emit) => {
      await requireDoctor(manager, doctorId);
      await manager.insert(ExtraHours, extra);
      const blocks = blocksOfWindow(window).map((blockMinute) => ({
        doctorId,
        date: window.date,
        blockMinute,
        extraHoursId: extra.id,
      }));
      try {
        await manager.insert(ExtraHoursBlock, blocks);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const sameDay = await manager.findBy(ExtraHours, { doctorId, date: window.date });
        const other = overlappedBy(
          window,
          sameDay.filter((e) => e.id !== extra.id),
        );
        const named = other ? ` ${formatClockTime(other.startMinute)}–${formatClockTime(other.endMinute)}` : '';
        throw new ConflictError(`The doctor already has extra hours${named} on ${window.date} overlapping this window`);
      }
      emit('doctors.schedule-changed', {
        doctorId,
        change: 'EXTRA_HOURS_ADDED',
        ...windowBounds(window, this.clinicTimeZone),
      });
      this.audit.changedByStaff(emit, caller, entry);
    });
    return extra;
  }

  /** Deletes the extra hours; returns what was removed. */
  async removeExtraHours(caller: Caller, id: string): Promise<ExtraHours> {
    const { row: extra, ofDoctor } = await this.toRemove(caller, 'doctor.removeExtraHours', 'ExtraHours', id, () =>
      this.extraHours.findOneBy({ id }),
    );
    return this.uow.run(async (manager, emit) => {
      await manager.delete(ExtraHoursBlock, { extraHoursId: id });
      const { affected } = await manager.delete(ExtraHours, { id });
      if (!affected) throw new NotFoundError('ExtraHours', id);
      emit('doctors.schedule-changed', {
        doctorId: extra.doctorId,
        change: 'EXTRA_HOURS_REMOVED',
        ...windowBounds(extra, this.clinicTimeZone),
      });
      this.audit.changedByStaff(emit, caller, ofDoctor);
      return extra;
    });
  }

  /** The clinic days whose extra hours a reader asked for (by default a year from today), BAD_USER_INPUT when too long. */
  extraHoursRange(from: string | null | undefined, to: string | null | undefined): { from: string; to: string } {
    const checked = extraHoursRange(from, to, dateInZone(this.clock.now(), this.clinicTimeZone));
    if (checked.problem) throw BadUserInputError.field(checked.problem.field, checked.problem.message);
    return checked.range;
  }

  extraHoursOf(doctorIds: readonly string[], range: { from: string; to: string }): Promise<ExtraHours[]> {
    return this.extraHours.find({
      where: { doctorId: In([...doctorIds]), date: Between(range.from, range.to) },
      order: { date: 'ASC', startMinute: 'ASC' },
    });
  }

  timeOffByIds(ids: readonly string[]): Promise<TimeOff[]> {
    return this.timeOff.findBy({ id: In([...ids]) });
  }

  async weeklyAvailabilityOf(doctorIds: readonly string[]): Promise<AvailabilityRule[]> {
    const rules = await this.rules.findBy({ doctorId: In([...doctorIds]) });
    return rules.sort(compareWeeklyRules);
  }

  timeOffOf(doctorIds: readonly string[]): Promise<TimeOff[]> {
    return this.timeOff.find({ where: { doctorId: In([...doctorIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /**
   * A part of a doctor's schedule `lookup` finds by `id` (NOT_FOUND, naming `what`,
   * when none), for its removal by `action`: refused unless signed in before it is
   * looked up, then unless the caller manages its doctor's schedule. Both are decided
   * before the change's transaction, so that a refusal is recorded on its own; the
   * audit entry it resolves with is named after the doctor.
   */
  private async toRemove<T extends { doctorId: string }>(
    caller: Caller,
    action: string,
    what: string,
    id: string,
    lookup: () => Promise<T | null>,
  ): Promise<{ row: T; ofDoctor: Omit<AuditEntry, 'outcome'> }> {
    const entry = { action, subjectType: 'Doctor' };
    await this.audit.permit(caller, entry, () => requireViewer(caller.viewer));
    const row = await mustExist(what, id, lookup());
    const ofDoctor = { ...entry, subjectId: row.doctorId };
    await this.audit.permit(caller, ofDoctor, () => requireScheduleManager(caller.viewer, row.doctorId));
    return { row, ofDoctor };
  }
}

const boundsOf = (timeOff: TimeOff) => ({ from: timeOff.startsAt.toISOString(), to: timeOff.endsAt.toISOString() });

function windowBounds(window: Pick<ExtraHours, 'date' | 'startMinute' | 'endMinute'>, clinicTimeZone: string) {
  const { from, to } = instantsOf(window, clinicTimeZone);
  return { from: from.toISOString(), to: to.toISOString() };
}

function requireScheduleManager(viewer: Viewer | null, doctorId: string): void {
  requireViewer(viewer);
  if (!mayManageDoctor(viewer, doctorId)) {
    throw new ForbiddenError("Only an administrator or the doctor themself may change the doctor's schedule");
  }
}

/** NOT_FOUND unless the doctor exists, checked inside the transaction that adds to her schedule. */
async function requireDoctor(manager: EntityManager, doctorId: string): Promise<void> {
  if (!(await manager.existsBy(Doctor, { id: doctorId }))) throw new NotFoundError('Doctor', doctorId);
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
