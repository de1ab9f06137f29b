import { NotFoundError, Role, addDays, requireRole, zonedToUtc, type Caller } from '@hospital/kit';
import { In, type DataSource } from 'typeorm';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import { Appointment } from '../appointment/appointment.entity.js';
import type { RequestDirectory } from '../clients/doctors.cache.js';
import { checkBoardRange, scheduleBoard, type BoardDoctor, type BoardVisit } from './board.rules.js';
import type { ScheduleGrouping } from './board.enums.js';
import type { ScheduleBoard } from './board.types.js';

export interface ScheduleBoardArgs {
  from: string;
  to: string;
  groupBy: ScheduleGrouping;
  departmentId?: string | null;
}

const STANDING: Partial<Record<AppointmentStatus, BoardVisit['standing']>> = {
  [AppointmentStatus.APPROVED]: 'BOOKED',
  [AppointmentStatus.COMPLETED]: 'BOOKED',
  [AppointmentStatus.PENDING]: 'PENDING',
};
const COUNTED = Object.keys(STANDING) as AppointmentStatus[];

/**
 * The desk's schedule board: the doctors' schedules in one call to doctors, the
 * visits in one statement, whatever the range; the arithmetic is board.rules.ts.
 */
export class ScheduleBoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
  ) {}

  /** STAFF and ADMIN every doctor (of the department); a doctor their own row; FORBIDDEN to anyone else. */
  async board(caller: Caller, args: ScheduleBoardArgs, directory: RequestDirectory): Promise<ScheduleBoard> {
    const viewer = requireRole(caller.viewer, Role.STAFF, Role.ADMIN, Role.DOCTOR);
    checkBoardRange(args.from, args.to);
    const days = { from: args.from, to: args.to };
    const roster = await directory.roster(
      viewer.role === Role.DOCTOR
        ? { doctorId: viewer.id, departmentId: args.departmentId, days }
        : { departmentId: args.departmentId, days },
    );
    if (!roster.departmentFound && args.departmentId) throw new NotFoundError('Department', args.departmentId);
    const doctors: BoardDoctor[] = roster.doctors;
    const visits = await this.visitsOf(
      doctors.map((d) => d.id),
      args.from,
      args.to,
    );
    const periods = scheduleBoard({ ...args, timeZone: this.timeZone, doctors, visits });
    return {
      periods: periods.map((period) => ({
        start: period.start,
        end: period.end,
        rows: period.rows.map(({ doctorId, ...figures }) => ({ doctor: { id: doctorId }, ...figures })),
      })),
    };
  }

  /**
   * The booked and pending visits of these doctors starting in the clinic days
   * [from, to]: one range read of `idx_appointments_board`, which holds every
   * column asked for.
   */
  private async visitsOf(doctorIds: string[], from: string, to: string): Promise<BoardVisit[]> {
    if (!doctorIds.length) return [];
    const rows = await this.dataSource
      .getRepository(Appointment)
      .createQueryBuilder('visit')
      .select(['visit.id', 'visit.doctorId', 'visit.startsAt', 'visit.status', 'visit.endsAt'])
      .where({ doctorId: In(doctorIds), status: In(COUNTED) })
      .andWhere('visit.startsAt >= :start AND visit.startsAt < :end', {
        start: zonedToUtc(from, 0, this.timeZone),
        end: zonedToUtc(addDays(to, 1), 0, this.timeZone),
      })
      .getMany();
    return rows.map((row) => ({
      doctorId: row.doctorId,
      standing: STANDING[row.status] ?? 'PENDING',
      start: row.startsAt,
      end: row.endsAt,
    }));
  }
}
