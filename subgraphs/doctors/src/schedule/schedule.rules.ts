import type { InvalidField } from '@hospital/kit';
import { WEEK, type DayOfWeek } from './schedule.enums.js';

/** Visits are booked in 30-minute slots, so availability starts and ends on their boundaries. */
export const SLOT_MINUTES = 30;
/** The clinic sees patients from 09:00 to 18:00, clinic time. */
export const CLINIC_OPENS = 9 * 60;
export const CLINIC_CLOSES = 18 * 60;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:30" → 570 minutes after midnight; undefined for anything that is not a 24-hour HH:MM. */
export function parseClockTime(text: string): number | undefined {
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 → "09:30". */
export function formatClockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface WeeklyRuleText {
  dayOfWeek: DayOfWeek;
  startTime: string;
  endTime: string;
}

/** A rule of a doctor's week in minutes after midnight, clinic time; the end is exclusive. */
export interface WeeklyRule {
  dayOfWeek: DayOfWeek;
  startMinute: number;
  endMinute: number;
}

export type WeeklyAvailabilityCheck = { rules: WeeklyRule[]; problems: [] } | { rules: []; problems: InvalidField[] };

/**
 * Checks a doctor's whole week at once. Each rule must be HH:MM on a 30-minute
 * boundary, start before it ends, and lie inside clinic hours; no two rules of
 * one day may overlap (back to back is fine). Every problem names its rule's
 * index in `rules`, so the caller can point at the row to fix.
 */
export function checkWeeklyAvailability(
  rules: readonly WeeklyRuleText[],
  clinicTimeZone: string,
): WeeklyAvailabilityCheck {
  const valid: { index: number; rule: WeeklyRule }[] = [];
  const problemsByRule = rules.map((text, index) => {
    const own: InvalidField[] = [];
    const field = `rules[${index}]`;
    const start = clockTimeOnGrid(text.startTime, `${field}.startTime`, own);
    const end = clockTimeOnGrid(text.endTime, `${field}.endTime`, own);
    if (start === undefined || end === undefined) return own;
    if (start >= end) own.push({ field, message: 'must start before it ends' });
    else if (start < CLINIC_OPENS || end > CLINIC_CLOSES) {
      const hours = `${formatClockTime(CLINIC_OPENS)}–${formatClockTime(CLINIC_CLOSES)}`;
      own.push({ field, message: `must lie within clinic hours ${hours} (${clinicTimeZone})` });
    }
    if (!own.length) valid.push({ index, rule: { dayOfWeek: text.dayOfWeek, startMinute: start, endMinute: end } });
    return own;
  });

  const inOrder = valid.sort((a, b) => compareWeeklyRules(a.rule, b.rule) || a.index - b.index);
  // The rule of the day reaching furthest so far: a later start before its end overlaps it.
  let reaching: (typeof inOrder)[number] | undefined;
  for (const current of inOrder) {
    if (reaching?.rule.dayOfWeek !== current.rule.dayOfWeek) reaching = undefined;
    if (reaching && current.rule.startMinute < reaching.rule.endMinute) {
      const [first, second] = [reaching.index, current.index].sort((a, b) => a - b) as [number, number];
      problemsByRule[second]?.push({
        field: `rules[${second}]`,
        message: `overlaps rules[${first}] on ${current.rule.dayOfWeek}`,
      });
    }
    if (!reaching || current.rule.endMinute > reaching.rule.endMinute) reaching = current;
  }

  const problems = problemsByRule.flat();
  return problems.length ? { rules: [], problems } : { rules: inOrder.map(({ rule }) => rule), problems: [] };
}

/** Minutes after midnight of an HH:MM on the slot grid; otherwise undefined, with the problem noted. */
export function clockTimeOnGrid(text: string, field: string, problems: InvalidField[]): number | undefined {
  const minutes = parseClockTime(text);
  if (minutes === undefined) problems.push({ field, message: 'must be a time written HH:MM' });
  else if (minutes % SLOT_MINUTES !== 0) {
    problems.push({ field, message: `must be on a ${SLOT_MINUTES}-minute boundary (:00 or :30)` });
  } else return minutes;
  return undefined;
}

/** Monday first, then by start time. */
export function compareWeeklyRules(a: WeeklyRule, b: WeeklyRule): number {
  return WEEK.indexOf(a.dayOfWeek) - WEEK.indexOf(b.dayOfWeek) || a.startMinute - b.startMinute;
}

/** Why a doctor cannot be away from `start` to `end`, or undefined when they can. */
export function timeOffProblem(start: Date, end: Date): string | undefined {
  return start.getTime() < end.getTime() ? undefined : 'must be after its start';
}
