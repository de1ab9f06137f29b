import { isLocalDate, mayReadRevenue, reportPeriodProblems } from '@hospital/kit';
import { declareField, type FieldArguments } from '../declaration.js';

const periodOf = (args: FieldArguments) => ({ from: String(args['from']), to: String(args['to']) });

/** Refused at subscribe as the report would refuse each follow-up (the kit's report period). */
export function periodProblems(args: FieldArguments): string[] {
  const { from, to } = periodOf(args);
  if (!isLocalDate(from) || !isLocalDate(to)) return ['from and to must be calendar dates written YYYY-MM-DD'];
  return reportPeriodProblems(from, to).map(({ field, message }) => `${field}: ${message}`);
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
