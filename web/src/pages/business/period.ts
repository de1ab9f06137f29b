import { addDays } from '../../ui/format.js';

/** Inclusive clinic days (YYYY-MM-DD), as the API's reports take them. */
export interface Period {
  from: string;
  to: string;
}

export type QuickPeriod = 'this-month' | 'last-month' | 'this-year';

export const QUICK_PERIODS: { id: QuickPeriod; label: string }[] = [
  { id: 'this-month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
  { id: 'this-year', label: 'This year' },
];

const monthStart = (date: string): string => `${date.slice(0, 8)}01`;

/** The last day of the month: the day before the first of the next (31 days on from the 1st is always in it). */
const monthEnd = (date: string): string => addDays(monthStart(addDays(monthStart(date), 31)), -1);

/** A whole calendar month or year around `today`, a clinic date. */
export function quickPeriod(id: QuickPeriod, today: string): Period {
  switch (id) {
    case 'this-month':
      return { from: monthStart(today), to: monthEnd(today) };
    case 'last-month': {
      const lastDay = addDays(monthStart(today), -1);
      return { from: monthStart(lastDay), to: lastDay };
    }
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a period cannot be asked for yet, in the person's words; null when it can. */
export function periodProblem({ from, to }: Period): string | null {
  if (!DATE.test(from) || !DATE.test(to)) return 'Choose both the first and the last day of the period.';
  if (from > to) return 'The last day is before the first day: choose a later last day.';
  return null;
}
