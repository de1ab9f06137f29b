import {
  MAX_REPORT_YEARS,
  mayReadRevenue,
  reportPeriodProblems,
  Role,
  throwIfInvalid,
  type Cents,
  type Viewer,
} from '@hospital/kit';

/** What a report's `from` and `to` arguments are, told to clients wherever a report takes them. */
export const PERIOD_ARGUMENTS = {
  from: 'The first clinic day of the period',
  to: `The last clinic day, inclusive: not before from and at most ${MAX_REPORT_YEARS} years after it, else BAD_USER_INPUT`,
} as const;

/** `from` and `to` are inclusive clinic days (YYYY-MM-DD); BAD_USER_INPUT beyond the kit's report period. */
export function checkPeriod(from: string, to: string): void {
  throwIfInvalid(reportPeriodProblems(from, to));
}

/** A doctor reads their own performance; the business department and administrators read everyone's. */
export const mayReadPerformance = (viewer: Viewer, doctorId: string): boolean =>
  mayReadRevenue(viewer) || (viewer.role === Role.DOCTOR && viewer.id === doctorId);

/** profit / revenue, 0 when there was no revenue (docs/rules.md#analytics). */
export const profitMargin = (profitCents: Cents, revenueCents: Cents): number =>
  revenueCents === 0 ? 0 : profitCents / revenueCents;

/** A sum read back from the database (MySQL sends DECIMAL sums as text), as whole cents or counts. */
export function wholeNumber(value: unknown): number {
  const number = value === null || value === undefined ? 0 : Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`not a whole number: ${String(value)}`);
  return number;
}
