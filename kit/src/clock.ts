import type { Logger } from './logger.js';

/** "Now" for every rule that depends on it. Inject it; never call `new Date()` in a rule. */
export interface Clock {
  now(): Date;
}

/**
 * The process's clock: the system time shifted by CLOCK_OFFSET_MINUTES, so that a
 * staging stack or a test can stand at any moment (a visit's start has passed, a
 * reminder is due) without sleeping. Production ignores the offset, and says so.
 */
export function createClock(offsetMinutes: number, production: boolean, logger?: Logger): Clock {
  if (offsetMinutes !== 0 && production) {
    logger?.warn({ offsetMinutes }, 'CLOCK_OFFSET_MINUTES is ignored in production');
  }
  const offsetMs = production ? 0 : offsetMinutes * 60_000;
  return { now: () => new Date(Date.now() + offsetMs) };
}
