import { Role, throwIfInvalid, type Cents, type InvalidField, type Viewer } from '@hospital/kit';

/** The longest period a report covers. */
export const MAX_PERIOD_YEARS = 5;

/** What a report's `from` and `to` arguments are, told to clients wherever a report takes them. */
export const PERIOD_ARGUMENTS = {
  from: 'The first clinic day of the period',
  to: `The last clinic day, inclusive: not before from and at most ${MAX_PERIOD_YEARS} years after it, else BAD_USER_INPUT`,
} as const;

/** `from` and `to` are inclusive clinic days (YYYY-MM-DD); `to` may be at most 5 years after `from`. */
export function checkPeriod(from: string, to: string): void {
  const problems: InvalidField[] = [];
  if (from > to) problems.push({ field: 'to', message: `${to} is before ${from}` });
  else if (to > yearsAfter(from, MAX_PERIOD_YEARS)) {
    problems.push({ field: 'to', message: `a report covers at most ${MAX_PERIOD_YEARS} years from ${from}` });
  }
  throwIfInvalid(problems);
}

/** The same calendar day `years` later (29 February becomes 1 March). */
function yearsAfter(day: string, years: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}

/** Money reports are for the business department and administrators. */
export const mayReadRevenue = (viewer: Viewer): boolean =>
  viewer.role === Role.STAKEHOLDER || viewer.role === Role.ADMIN;

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
