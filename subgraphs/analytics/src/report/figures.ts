import type { Cents } from '@hospital/kit';
import { wholeNumber } from './report.rules.js';

/** A department's money in a period. */
export interface DepartmentFigures {
  departmentId: string;
  revenueCents: Cents;
  costCents: Cents;
}

/** What a doctor did in a period. */
export interface PerformanceFigures {
  cSections: number;
  naturalBirths: number;
  workingDays: number;
  ratingSum: number;
  ratingCount: number;
  completed: number;
  noShows: number;
}

export const NO_PERFORMANCE: PerformanceFigures = {
  cSections: 0,
  naturalBirths: 0,
  workingDays: 0,
  ratingSum: 0,
  ratingCount: 0,
  completed: 0,
  noShows: 0,
};

/** A row of sums as the database sent it, the columns named as the figures are. */
export type SumsRow = Record<string, unknown>;

export const departmentFigures = (row: SumsRow): DepartmentFigures => ({
  departmentId: String(row['departmentId']),
  revenueCents: wholeNumber(row['revenueCents']),
  costCents: wholeNumber(row['costCents']),
});

export const performanceFigures = (row: SumsRow): PerformanceFigures => ({
  cSections: wholeNumber(row['cSections']),
  naturalBirths: wholeNumber(row['naturalBirths']),
  workingDays: wholeNumber(row['workingDays']),
  ratingSum: wholeNumber(row['ratingSum']),
  ratingCount: wholeNumber(row['ratingCount']),
  completed: wholeNumber(row['completed']),
  noShows: wholeNumber(row['noShows']),
});

/** Departments with the most revenue first, then by id, so that a report reads the same every time. */
export const byRevenue = (a: DepartmentFigures, b: DepartmentFigures): number =>
  b.revenueCents - a.revenueCents || (a.departmentId < b.departmentId ? -1 : a.departmentId > b.departmentId ? 1 : 0);
