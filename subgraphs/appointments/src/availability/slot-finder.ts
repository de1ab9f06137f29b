import {
  addDays,
  BadUserInputError,
  BusinessRuleViolation,
  daysBetweenInclusive,
  NotFoundError,
  requireViewer,
  SharedWhileRunning,
  zonedParts,
  zonedToUtc,
  type Caller,
  type Clock,
} from '@hospital/kit';
import { In, type DataSource } from 'typeorm';
import { DoctorDayLoad } from '../appointment/doctor-day-load.entity.js';
import { HeldSlot } from '../appointment/held-slot.entity.js';
import { dayKey, freeSlots, heldKey, nearestAlternatives, type FreeSlot } from '../appointment/booking.rules.js';
import type { RequestDirectory } from '../clients/doctors.cache.js';
import type { DayRange, DoctorSchedule } from '../clients/doctors.client.js';
import type {
  AvailabilityCalendarInput,
  AvailableSlot,
  AvailableSlotsInput,
  CalendarDay,
} from './availability.types.js';

export const MAX_SEARCH_DAYS = 31;
const DAY_MS = 86_400_000;
/** How far either side of a taken slot alternatives are looked for. */
const ALTERNATIVES_SPAN_DAYS = 7;

/**
 * Free slots: the doctors' schedules (one doctors call), minus what this
 * subgraph's tables hold (one held-slot query, one day-load query), through the
 * same rule functions that judge a request.
 */
export class SlotFinder {
  private readonly alternativeSearches = new SharedWhileRunning<FreeSlot[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async availableSlots(
    caller: Caller,
    input: AvailableSlotsInput,
    directory: RequestDirectory,
  ): Promise<AvailableSlot[]> {
    requireViewer(caller.viewer);
    const span = input.to.getTime() - input.from.getTime();
    if (span <= 0) throw BadUserInputError.field('to', 'must be after from');
    if (span > MAX_SEARCH_DAYS * DAY_MS)
      throw BadUserInputError.field('to', `must be at most ${MAX_SEARCH_DAYS} days after from`);
    const days = this.daysOf(input.from, input.to);
    const { doctors, durationMinutes } = await this.candidates(directory, input.serviceId, input.doctorId, days);
    const slots = await this.search(doctors, durationMinutes, input.from, input.to);
    return slots.map((s) => ({ start: s.start, end: s.end, doctor: { id: s.doctorId } }));
  }

  async calendar(
    caller: Caller,
    input: AvailabilityCalendarInput,
    directory: RequestDirectory,
  ): Promise<CalendarDay[]> {
    requireViewer(caller.viewer);
    const days = daysBetweenInclusive(input.from, input.to);
    if (days < 1) throw BadUserInputError.field('to', 'must not be before from');
    if (days > MAX_SEARCH_DAYS) throw BadUserInputError.field('to', `must be at most ${MAX_SEARCH_DAYS} days in all`);
    const range = { from: input.from, to: input.to };
    const { doctors, durationMinutes } = await this.candidates(directory, input.serviceId, null, range);
    const from = zonedToUtc(input.from, 0, this.timeZone);
    const to = zonedToUtc(addDays(input.to, 1), 0, this.timeZone);
    const slots = await this.search(doctors, durationMinutes, from, to);
    const byDay = new Map<string, { count: number; doctors: Set<string> }>();
    for (const slot of slots) {
      const day = byDay.get(slot.date) ?? { count: 0, doctors: new Set<string>() };
      day.count += 1;
      day.doctors.add(slot.doctorId);
      byDay.set(slot.date, day);
    }
    return Array.from({ length: days }, (_, i) => {
      const date = addDays(input.from, i);
      const day = byDay.get(date);
      return { date, freeSlotCount: day?.count ?? 0, doctors: [...(day?.doctors ?? [])].map((id) => ({ id })) };
    });
  }

  /**
   * Up to 3 free starts nearest `wanted`: the doctor's own first, then the
   * department's; the visit's length is the service's unless given. The losers
   * of one slot asking together share one search: the answer does not depend on
   * who asks (it is computed with the first one's directory; should that fail,
   * each asks with her own).
   */
  async alternatives(
    directory: RequestDirectory,
    serviceId: string,
    doctorId: string,
    wanted: Date,
    durationMinutes?: number,
  ): Promise<FreeSlot[]> {
    const key = `${serviceId}|${doctorId}|${wanted.toISOString()}|${durationMinutes ?? ''}`;
    const search = () => this.searchAlternatives(directory, serviceId, doctorId, wanted, durationMinutes);
    return this.alternativeSearches.share(key, search, { ownOnFailure: true });
  }

  private async searchAlternatives(
    directory: RequestDirectory,
    serviceId: string,
    doctorId: string,
    wanted: Date,
    durationMinutes: number | undefined,
  ): Promise<FreeSlot[]> {
    const span = ALTERNATIVES_SPAN_DAYS * DAY_MS;
    const [from, to] = [new Date(wanted.getTime() - span), new Date(wanted.getTime() + span)];
    const {
      departmentDoctors = [],
      doctor,
      service,
    } = await directory.lookup({
      serviceId,
      doctorId,
      department: true,
      days: this.daysOf(from, to),
    });
    if (!service) throw new NotFoundError('MedicalService', serviceId);
    const doctors =
      departmentDoctors.some((d) => d.id === doctorId) || !doctor ? departmentDoctors : [doctor, ...departmentDoctors];
    const slots = await this.search(doctors, durationMinutes ?? service.durationMinutes, from, to);
    return nearestAlternatives(slots, wanted, doctorId);
  }

  /** The doctors to search and the visit's length: one doctor (of the service's department) or all of it. */
  private async candidates(
    directory: RequestDirectory,
    serviceId: string,
    doctorId: string | null | undefined,
    days: DayRange,
  ): Promise<{ doctors: DoctorSchedule[]; durationMinutes: number }> {
    const found = await directory.lookup(
      doctorId ? { serviceId, doctorId, days } : { serviceId, department: true, days },
    );
    if (!found.service) throw new NotFoundError('MedicalService', serviceId);
    if (!doctorId) return { doctors: found.departmentDoctors ?? [], durationMinutes: found.service.durationMinutes };
    if (!found.doctor) throw new NotFoundError('Doctor', doctorId);
    if (found.doctor.departmentId !== found.service.departmentId) {
      throw new BusinessRuleViolation('DEPARTMENT_MISMATCH', "The service does not belong to the doctor's department");
    }
    return { doctors: [found.doctor], durationMinutes: found.service.durationMinutes };
  }

  /** The clinic days that starts in [from, to) fall on: whose extra hours a search needs. */
  daysOf(from: Date, to: Date): DayRange {
    return {
      from: zonedParts(from, this.timeZone).date,
      to: zonedParts(new Date(to.getTime() - 1), this.timeZone).date,
    };
  }

  /** Free starts in [from, to) of these doctors. */
  async search(doctors: DoctorSchedule[], durationMinutes: number, from: Date, to: Date): Promise<FreeSlot[]> {
    if (!doctors.length) return [];
    const ids = doctors.map((d) => d.id);
    const firstDay = zonedParts(from, this.timeZone).date;
    const lastDay = zonedParts(new Date(to.getTime() - 1), this.timeZone).date;
    const dates = Array.from({ length: daysBetweenInclusive(firstDay, lastDay) }, (_, i) => addDays(firstDay, i));
    const [held, loads] = await Promise.all([
      this.dataSource
        .getRepository(HeldSlot)
        .createQueryBuilder('held')
        .select(['held.doctorId', 'held.slotStart'])
        .where({ doctorId: In(ids) })
        .andWhere('held.slotStart >= :from AND held.slotStart < :to', {
          from,
          to: new Date(to.getTime() + durationMinutes * 60_000),
        })
        .getMany(),
      this.dataSource
        .getRepository(DoctorDayLoad)
        .createQueryBuilder('load')
        .where({ doctorId: In(ids) })
        .andWhere('load.clinicDay >= :firstDay AND load.clinicDay <= :lastDay', { firstDay, lastDay })
        .getMany(),
    ]);
    return freeSlots({
      doctors,
      durationMinutes,
      dates,
      from,
      to,
      now: this.clock.now(),
      timeZone: this.timeZone,
      held: new Set(held.map((h) => heldKey(h.doctorId, h.slotStart))),
      dayLoads: new Map(loads.map((l) => [dayKey(l.doctorId, l.clinicDay), l.activeCount])),
    });
  }
}
