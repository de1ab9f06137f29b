import { addDays } from '../../ui/format.js';

/** The longest wait the API takes: `to` at most this many days after `from`. */
export const MAX_WAIT_DAYS = 31;

/** What the join form starts with: from today, for two weeks. */
export const defaultPeriod = (today: string): { from: string; to: string } => ({ from: today, to: addDays(today, 14) });

/** The last day a period starting on `from` may end on. */
export const latestTo = (from: string): string => addDays(from, MAX_WAIT_DAYS);

/**
 * Why a waiting period would be refused, in the patient's words, before asking the API
 * (which checks the same and would only say that the period is not valid). Dates are
 * clinic days (YYYY-MM-DD), so they compare as strings.
 */
export function periodProblems(from: string, to: string, today: string): string[] {
  if (!from || !to) return ['Choose the first and the last day you could come.'];
  const problems: string[] = [];
  if (from < today) problems.push('The first day cannot be in the past.');
  if (to < from) problems.push('The last day cannot be before the first day.');
  else if (to > latestTo(from)) problems.push(`You can wait for at most ${MAX_WAIT_DAYS} days after the first day.`);
  return problems;
}
