import { isLocalDate, Role, type Viewer } from '@hospital/kit';
import { declareField, type FieldArguments } from '../declaration.js';

/** As analytics' `revenueReport`: a report covers at most this many years. */
const MAX_PERIOD_YEARS = 5;

/** docs/rules.md#care-flow: money reports are for the business department and administrators. */
const mayReadRevenue = (viewer: Viewer) => viewer.role === Role.STAKEHOLDER || viewer.role === Role.ADMIN;

const periodOf = (args: FieldArguments) => ({ from: String(args['from']), to: String(args['to']) });

/** The same calendar day `years` later (29 February becomes 1 March), as analytics counts it. */
function yearsAfter(day: string, years: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}

/**
 * Refused at subscribe, as the report would refuse each follow-up: a period the
 * query cannot answer would otherwise be a subscription that never hears anything.
 */
export function periodProblems(args: FieldArguments): string[] {
  const { from, to } = periodOf(args);
  if (!isLocalDate(from) || !isLocalDate(to)) return ['from and to must be calendar dates written YYYY-MM-DD'];
  if (from > to) return [`to (${to}) is before from (${from})`];
  if (to > yearsAfter(from, MAX_PERIOD_YEARS)) return [`a report covers at most ${MAX_PERIOD_YEARS} years`];
  return [];
}

/**
 * `revenueReportChanged(from:, to:)`: the revenue report for the subscriber's
 * period, read again (`revenueReport`, with the subscriber's own from and to)
 * each time analytics says figures of days within it changed: a payment, a
 * refund, an imported cost. Every subscriber listens to the one topic of
 * `analytics.report-changed`; a change outside the period costs no query.
 */
export const revenueReportChanged = declareField({
  topic: () => 'analytics.report-changed',
  mayWatch: mayReadRevenue,
  events: ['analytics.report-changed'],
  problems: periodProblems,
  concerns: (changed, args) => {
    const { from, to } = periodOf(args);
    return changed.from <= to && changed.to >= from;
  },
  followUp: { field: 'revenueReport', passed: ['from', 'to'] },
});
