import {
  averageOf,
  ConflictError,
  conflictOnDuplicate,
  cursorTime,
  ForbiddenError,
  newId,
  NotFoundError,
  paginate,
  requireRole,
  Role,
  type Caller,
  type Clock,
  type Connection,
  type PageArgs,
  type RequestVisits,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import type { FeedbackSummary } from './feedback-summary.js';
import { Feedback } from './feedback.entity.js';
import type { FeedbackFilter, SubmitFeedbackInput } from './feedback.input.js';
import { checkCompleted, checkEntriesFilter, entriesScope, mayRate, validSubmission } from './feedback.rules.js';
import type { RequestDepartments } from '../clients/doctors.client.js';

interface RatingTotals {
  doctorId: string;
  total: number | string;
  count: number | string;
}

export class FeedbackService {
  private readonly feedback: Repository<Feedback>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.feedback = uow.dataSource.getRepository(Feedback);
  }

  /**
   * The visit is read from appointments at submit time with the caller's token;
   * once per visit is the unique key's to decide, so that two submissions at the
   * same moment leave one.
   */
  async submit(caller: Caller, input: SubmitFeedbackInput, visits: RequestVisits): Promise<Feedback> {
    const patient = requireRole(caller.viewer, Role.PATIENT);
    const { rating, comment } = validSubmission(input.rating, input.comment);
    const visit = await visits.visit(input.appointmentId);
    if (!visit) throw new NotFoundError('Appointment', input.appointmentId);
    if (!mayRate(patient, visit)) throw new ForbiddenError('Only the patient of a visit may rate it');
    checkCompleted(visit.status);

    const feedback = this.feedback.create({
      id: newId(),
      appointmentId: visit.id,
      doctorId: visit.doctorId,
      patientId: visit.patientId,
      rating,
      comment,
      createdAt: this.clock.now(),
    });
    return conflictOnDuplicate(
      () =>
        this.uow.run(async (manager, emit) => {
          await manager.insert(Feedback, feedback);
          emit('feedback.submitted', {
            feedbackId: feedback.id,
            appointmentId: feedback.appointmentId,
            patientId: feedback.patientId,
            doctorId: feedback.doctorId,
            rating: feedback.rating,
            submittedAt: feedback.createdAt.toISOString(),
          });
          return feedback;
        }),
      () => new ConflictError('This visit has already been rated', { field: 'appointmentId' }),
    );
  }

  ofAppointments(appointmentIds: readonly string[]): Promise<Feedback[]> {
    return this.feedback.findBy({ appointmentId: In([...appointmentIds]) });
  }

  /** One grouped query for every doctor asked; a doctor nobody rated yet has none rated. */
  async summariesOf(doctorIds: readonly string[]): Promise<FeedbackSummary[]> {
    const rows = await this.feedback
      .createQueryBuilder('feedback')
      .select('feedback.doctorId', 'doctorId')
      .addSelect('SUM(feedback.rating)', 'total')
      .addSelect('COUNT(*)', 'count')
      .where('feedback.doctorId IN (:...doctorIds)', { doctorIds })
      .groupBy('feedback.doctorId')
      .getRawMany<RatingTotals>();
    const byDoctor = new Map(rows.map((row) => [row.doctorId, row]));
    return doctorIds.map((doctorId) => {
      const row = byDoctor.get(doctorId);
      // MariaDB returns SUM as a DECIMAL string.
      const total = Number(row?.total ?? 0);
      const count = Number(row?.count ?? 0);
      return { averageRating: averageOf(total, count), count };
    });
  }

  /**
   * `feedbackEntries`: newest first (then by id, so that entries of one instant keep
   * one order across pages), each filter an equality or a range on the stored row.
   * Who may, and whose, is entriesScope's; a department is its doctors now, asked
   * of the doctors subgraph only when the filter names one.
   */
  async list(
    caller: Caller,
    filter: FeedbackFilter | null | undefined,
    page: PageArgs,
    departments: RequestDepartments,
  ): Promise<Connection<Feedback>> {
    const doctorId = entriesScope(caller.viewer, filter?.doctorId);
    checkEntriesFilter(filter);
    const query = this.feedback.createQueryBuilder('feedback');
    if (doctorId) query.andWhere('feedback.doctorId = :doctorId', { doctorId });
    if (filter?.departmentId) {
      const departmentDoctors = await departments.doctorsOf(filter.departmentId);
      if (departmentDoctors.length) {
        query.andWhere('feedback.doctorId IN (:...departmentDoctors)', { departmentDoctors });
      } else {
        query.andWhere('1 = 0');
      }
    }
    if (typeof filter?.minRating === 'number')
      query.andWhere('feedback.rating >= :minRating', { minRating: filter.minRating });
    if (typeof filter?.maxRating === 'number')
      query.andWhere('feedback.rating <= :maxRating', { maxRating: filter.maxRating });
    if (filter?.from) query.andWhere('feedback.createdAt >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('feedback.createdAt < :to', { to: filter.to });
    return paginate(
      query,
      {
        columns: ['feedback.createdAt', 'feedback.id'],
        values: (f) => [cursorTime(f.createdAt), f.id],
        descending: true,
      },
      page,
    );
  }
}
