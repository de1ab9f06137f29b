import { formatDecimal, type Cents } from '@hospital/kit';
import { SLOT_MINUTES } from '../schedule/schedule.rules.js';

/** Eight hours: the longest visit the clinic books, well inside one clinic day (09:00–18:00). */
export const MAX_VISIT_MINUTES = 480;
/** The price column holds 32-bit cents; a ceiling far below it keeps a typo from reaching the database. */
export const MAX_PRICE_CENTS: Cents = 100_000_000;

/** Why a visit cannot last `minutes`, or undefined when it can: visits fill whole 30-minute slots. */
export function visitDurationProblem(minutes: number): string | undefined {
  if (!Number.isInteger(minutes) || minutes <= 0) return 'must be a positive number of minutes';
  if (minutes % SLOT_MINUTES !== 0) return `must be a multiple of ${SLOT_MINUTES} minutes`;
  if (minutes > MAX_VISIT_MINUTES) return `must be at most ${MAX_VISIT_MINUTES} minutes`;
  return undefined;
}

/** Why `cents` cannot be a service's price, or undefined when it can. */
export function priceProblem(cents: Cents): string | undefined {
  if (cents < 0) return 'must not be negative';
  if (cents > MAX_PRICE_CENTS) return `must be at most ${formatDecimal(MAX_PRICE_CENTS)}`;
  return undefined;
}
