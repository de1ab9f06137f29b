import { averageOf } from '@hospital/kit';
import type { DepartmentFigures, PerformanceFigures } from './figures.js';
import { profitMargin } from './report.rules.js';
import type { DoctorPerformance, RevenueReport } from './report.types.js';

/** The report of docs/rules.md#analytics from its departments' figures: totals are the sums of the rows, exact in cents. */
export function revenueReportOf(from: string, to: string, departments: DepartmentFigures[]): RevenueReport {
  const totalRevenue = departments.reduce((sum, d) => sum + d.revenueCents, 0);
  const totalCosts = departments.reduce((sum, d) => sum + d.costCents, 0);
  const totalProfit = totalRevenue - totalCosts;
  return {
    startDate: from,
    endDate: to,
    totalRevenue,
    totalCosts,
    totalProfit,
    profitMargin: profitMargin(totalProfit, totalRevenue),
    departmentBreakdown: departments.map(({ departmentId, revenueCents, costCents }) => ({
      department: { id: departmentId },
      revenue: revenueCents,
      costs: costCents,
      profit: revenueCents - costCents,
      profitMargin: profitMargin(revenueCents - costCents, revenueCents),
    })),
  };
}

export function doctorPerformanceOf(
  doctorId: string,
  from: string,
  to: string,
  figures: PerformanceFigures,
): DoctorPerformance {
  return {
    doctor: { id: doctorId },
    startDate: from,
    endDate: to,
    totalCSections: figures.cSections,
    totalNaturalBirths: figures.naturalBirths,
    totalWorkingDays: figures.workingDays,
    averagePatientSatisfaction: averageOf(figures.ratingSum, figures.ratingCount),
    completedAppointments: figures.completed,
    noShows: figures.noShows,
  };
}
