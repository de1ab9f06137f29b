import type { DataSource } from 'typeorm';
import {
  byRevenue,
  departmentFigures,
  performanceFigures,
  type DepartmentFigures,
  type PerformanceFigures,
} from './figures.js';

/**
 * The reports computed straight from the facts, scanning every invoice, cost,
 * visit, delivery and rating of the period: what docs/rules.md#analytics defines, written as
 * plainly as SQL allows. The rollups must always give the same figures — a test
 * holds them to it on generated data, and the benchmark times one against the other.
 */
export async function revenueFromFacts(dataSource: DataSource, from: string, to: string): Promise<DepartmentFigures[]> {
  const rows = await dataSource.query<Record<string, unknown>[]>(
    `SELECT department_id AS departmentId, SUM(revenue) AS revenueCents, SUM(cost) AS costCents
       FROM (SELECT department_id, subtotal_cents - refunded_net_cents AS revenue, 0 AS cost
               FROM invoice_facts WHERE paid_day BETWEEN ? AND ?
             UNION ALL
             SELECT department_id, 0, amount_cents FROM department_costs WHERE cost_date BETWEEN ? AND ?) money
      GROUP BY department_id`,
    [from, to, from, to],
  );
  return rows.map(departmentFigures).sort(byRevenue);
}

export async function performanceFromFacts(
  dataSource: DataSource,
  doctorId: string,
  from: string,
  to: string,
): Promise<PerformanceFigures> {
  const [row = {}] = await dataSource.query<Record<string, unknown>[]>(
    `SELECT
       (SELECT COUNT(*) FROM delivery_facts
         WHERE doctor_id = ? AND delivery_day BETWEEN ? AND ? AND delivery_type = 'C_SECTION') AS cSections,
       (SELECT COUNT(*) FROM delivery_facts
         WHERE doctor_id = ? AND delivery_day BETWEEN ? AND ? AND delivery_type = 'NATURAL') AS naturalBirths,
       (SELECT COUNT(*) FROM
         (SELECT visit_day AS day FROM visit_facts
           WHERE doctor_id = ? AND visit_day BETWEEN ? AND ? AND status = 'COMPLETED'
          UNION
          SELECT delivery_day FROM delivery_facts WHERE doctor_id = ? AND delivery_day BETWEEN ? AND ?) days
       ) AS workingDays,
       (SELECT COALESCE(SUM(rating), 0) FROM feedback_facts
         WHERE doctor_id = ? AND submitted_day BETWEEN ? AND ?) AS ratingSum,
       (SELECT COUNT(*) FROM feedback_facts WHERE doctor_id = ? AND submitted_day BETWEEN ? AND ?) AS ratingCount,
       (SELECT COUNT(*) FROM visit_facts
         WHERE doctor_id = ? AND visit_day BETWEEN ? AND ? AND status = 'COMPLETED') AS completed,
       (SELECT COUNT(*) FROM visit_facts
         WHERE doctor_id = ? AND visit_day BETWEEN ? AND ? AND status = 'NO_SHOW') AS noShows`,
    Array.from({ length: 8 }, () => [doctorId, from, to]).flat(),
  );
  return performanceFigures(row);
}
