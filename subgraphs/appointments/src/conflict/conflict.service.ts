import type { Clock } from '@hospital/kit';
import { And, In, LessThan, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import { Appointment } from '../appointment/appointment.entity.js';
import type { Period } from '../clients/doctors.client.js';
import { overlapsPeriod } from './conflict.rules.js';

/** A doctor's period away, as the gateway hands it over from the doctors subgraph. */
export interface DoctorPeriod extends Period {
  doctorId: string;
}

const ACTIVE = [AppointmentStatus.PENDING, AppointmentStatus.APPROVED];

/** The visits a change of a doctor's hours falls on, read from this subgraph's own table. */
export class ConflictService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The active visits ahead that each period falls on, by start, in the order of
   * `periods`: one query for all of them (a doctor's list of time off is one batch).
   */
  async visitsDuring(periods: readonly DoctorPeriod[]): Promise<Appointment[][]> {
    if (!periods.length) return [];
    const now = this.clock.now();
    const earliest = new Date(Math.min(...periods.map((p) => p.start.getTime())));
    const latest = new Date(Math.max(...periods.map((p) => p.end.getTime())));
    const visits = await this.dataSource
      .getRepository(Appointment)
      .createQueryBuilder('appointment')
      .where({ doctorId: In([...new Set(periods.map((p) => p.doctorId))]), status: In(ACTIVE) })
      .andWhere('appointment.startsAt > :now AND appointment.startsAt < :latest AND appointment.endsAt > :earliest', {
        now,
        latest,
        earliest,
      })
      .orderBy('appointment.startsAt', 'ASC')
      .addOrderBy('appointment.id', 'ASC')
      .getMany();
    return periods.map((period) =>
      visits.filter((visit) => visit.doctorId === period.doctorId && overlapsPeriod(visit, period)),
    );
  }

  /** The doctor's active visits ahead, those `period` touches when the change has bounds, by start. */
  activeAhead(manager: EntityManager, doctorId: string, period: Period | 'ALL', now: Date): Promise<Appointment[]> {
    const bounded = period === 'ALL' ? {} : { endsAt: MoreThan(period.start) };
    const startsAt = period === 'ALL' ? MoreThan(now) : And(MoreThan(now), LessThan(period.end));
    return manager.find(Appointment, {
      where: { doctorId, status: In(ACTIVE), startsAt, ...bounded },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }
}
