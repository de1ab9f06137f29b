import { formatMoney } from '../../ui/format.js';
import { centsOf } from '../../ui/money.js';

/**
 * The revenue page's figures, from the API's Decimal strings. Printed amounts stay the API's
 * strings (formatMoney writes them); margins are worked out in whole cents, so the figures on
 * screen are exact whether they came from the report query or from a live push (which carries
 * no margins). Numbers are made only for the chart's geometry.
 */

export interface DepartmentFigures {
  /** The department's id; a row whose department the API could not name gets a key of its own. */
  key: string;
  name: string;
  revenue: string;
  profit: string;
  margin: string;
}

export interface RevenueFigures {
  totalRevenue: string;
  totalProfit: string;
  margin: string;
  departments: DepartmentFigures[];
}

/** What both `revenueReport` and `revenueReportChanged` carry. */
export interface ReportLike {
  totalRevenue: string;
  totalProfit: string;
  departmentBreakdown: readonly {
    department?: { id: string; name: string } | null;
    revenue: string;
    profit: string;
  }[];
}

export const UNKNOWN_DEPARTMENT = 'Unknown department';

const abs = (value: bigint): bigint => (value < 0n ? -value : value);

/**
 * profit / revenue as a percentage to one decimal ("23.5%", "−4.0%"), rounded half away from
 * zero; "0.0%" when there was no revenue, as the API's profitMargin is 0 then.
 */
export function marginOf(profit: string, revenue: string): string {
  const numerator = centsOf(profit) * 1000n;
  const denominator = centsOf(revenue);
  if (denominator === 0n) return '0.0%';
  const tenths = (2n * abs(numerator) + abs(denominator)) / (2n * abs(denominator));
  const negative = tenths !== 0n && numerator < 0n !== denominator < 0n;
  return `${negative ? '−' : ''}${tenths / 10n}.${tenths % 10n}%`;
}

export function figuresOf(report: ReportLike): RevenueFigures {
  return {
    totalRevenue: report.totalRevenue,
    totalProfit: report.totalProfit,
    margin: marginOf(report.totalProfit, report.totalRevenue),
    departments: report.departmentBreakdown.map(({ department, revenue, profit }, index) => ({
      key: department?.id ?? `unknown-${index}`,
      name: department?.name ?? UNKNOWN_DEPARTMENT,
      revenue,
      profit,
      margin: marginOf(profit, revenue),
    })),
  };
}

/** A Decimal string as a number, for where a bar ends: never for a figure that is printed. */
export const chartNumber = (decimal: string): number => Number(centsOf(decimal)) / 100;

/** What the chart shows, in words: its accessible name and its caption. */
export function chartSummary(departments: DepartmentFigures[]): string {
  const bars = departments.map(
    ({ name, revenue, profit }) => `${name}: revenue ${formatMoney(revenue)}, profit ${formatMoney(profit)}`,
  );
  return `Revenue and profit by department. ${bars.join('; ')}.`;
}
