import { Role, type Viewer } from './auth.js';
import type { InvalidField } from './errors.js';
import { yearsAfter } from './time.js';

/**
 * The analytics reports' period and readers (docs/rules.md#analytics), one rule for the
 * analytics subgraph, which answers `revenueReport`, and the gateway, which refuses at
 * subscribe a `revenueReportChanged` period the report would refuse: otherwise it would be
 * a subscription that never hears anything.
 */
export const MAX_REPORT_YEARS = 5;

/** `from` and `to` are inclusive clinic days (YYYY-MM-DD); `to` at most MAX_REPORT_YEARS years after `from`. */
export function reportPeriodProblems(from: string, to: string): InvalidField[] {
  if (from > to) return [{ field: 'to', message: `${to} is before ${from}` }];
  if (to > yearsAfter(from, MAX_REPORT_YEARS)) {
    return [{ field: 'to', message: `a report covers at most ${MAX_REPORT_YEARS} years from ${from}` }];
  }
  return [];
}

/** Money reports are for the business department and administrators. */
export const mayReadRevenue = (viewer: Viewer): boolean =>
  viewer.role === Role.STAKEHOLDER || viewer.role === Role.ADMIN;
