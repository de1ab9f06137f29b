import { ForbiddenError, mayReadRevenue, requireViewer, type Caller } from '@hospital/kit';
import type { DataSource } from 'typeorm';
import type { AnalyticsLoaders } from '../context.js';
import {
  byRevenue,
  departmentFigures,
  NO_PERFORMANCE,
  performanceFigures,
  type DepartmentFigures,
  type PerformanceFigures,
} from './figures.js';
import { checkPeriod, mayReadPerformance } from './report.rules.js';
import type { DoctorPerformance, RevenueReport } from './report.types.js';
import { doctorPerformanceOf, revenueReportOf } from './report.view.js';

/**
 * The reports, read from the daily rollups: a year is at most 366 rows per
 * department or per doctor, whatever the number of invoices, deliveries or visits
 * behind them. `reports-from-facts.ts` computes the same from the facts, to check these.
 */
export class ReportService {
  constructor(private readonly dataSource: DataSource) {}

  /** For the business department and administrators. */
  async revenueReport({ viewer }: Caller, from: string, to: string): Promise<RevenueReport> {
    if (!mayReadRevenue(requireViewer(viewer))) {
      throw new ForbiddenError('Revenue reports are for the business department');
    }
    checkPeriod(from, to);
    return revenueReportOf(from, to, await this.revenue(from, to));
  }

  /** For the doctor themself, the business department and administrators; a list of doctors is read in one query. */
  async doctorPerformance(
    { viewer, loaders }: Caller<AnalyticsLoaders>,
    doctorId: string,
    from: string,
    to: string,
  ): Promise<DoctorPerformance> {
    if (!mayReadPerformance(requireViewer(viewer), doctorId)) {
      throw new ForbiddenError("A doctor's performance is for the doctor and the business department");
    }
    checkPeriod(from, to);
    return doctorPerformanceOf(doctorId, from, to, await loaders.performance.load({ doctorId, from, to }));
  }

  /** One entry per department with a paid invoice, a refund or a cost in the period. */
  async revenue(from: string, to: string): Promise<DepartmentFigures[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT department_id AS departmentId, SUM(revenue_cents) AS revenueCents, SUM(cost_cents) AS costCents
         FROM department_days WHERE day BETWEEN ? AND ? GROUP BY department_id`,
      [from, to],
    );
    return rows.map(departmentFigures).sort(byRevenue);
  }

  /** Each asked doctor's figures, zero for one with nothing in the period. */
  async performance(doctorIds: readonly string[], from: string, to: string): Promise<Map<string, PerformanceFigures>> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT doctor_id AS doctorId,
              SUM(c_sections) AS cSections, SUM(natural_births) AS naturalBirths,
              SUM(CASE WHEN completed > 0 OR c_sections > 0 OR natural_births > 0 THEN 1 ELSE 0 END) AS workingDays,
              SUM(rating_sum) AS ratingSum, SUM(rating_count) AS ratingCount,
              SUM(completed) AS completed, SUM(no_shows) AS noShows
         FROM doctor_days
        WHERE doctor_id IN (${doctorIds.map(() => '?').join(', ')}) AND day BETWEEN ? AND ?
        GROUP BY doctor_id`,
      [...doctorIds, from, to],
    );
    const found = new Map(rows.map((row) => [String(row['doctorId']), performanceFigures(row)]));
    return new Map(doctorIds.map((id) => [id, found.get(id) ?? NO_PERFORMANCE]));
  }
}
