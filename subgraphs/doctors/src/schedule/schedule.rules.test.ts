import { describe, expect, it } from 'vitest';
import { DayOfWeek } from './schedule.enums.js';
import {
  checkWeeklyAvailability,
  compareWeeklyRules,
  formatClockTime,
  parseClockTime,
  timeOffProblem,
  type WeeklyRuleText,
} from './schedule.rules.js';

const ZONE = 'Europe/Kyiv';
const rule = (dayOfWeek: DayOfWeek, startTime: string, endTime: string): WeeklyRuleText => ({
  dayOfWeek,
  startTime,
  endTime,
});
const fieldsOf = (rules: WeeklyRuleText[]) => checkWeeklyAvailability(rules, ZONE).problems.map((p) => p.field);

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0],
    ['09:00', 540],
    ['09:30', 570],
    ['18:00', 1080],
    ['23:59', 1439],
  ])('reads %s as %i minutes after midnight', (text, minutes) => expect(parseClockTime(text)).toBe(minutes));

  it.each(['9:00', '09:0', '24:00', '12:60', '0900', '09:00:00', ' 09:00', '', 'noon'])('refuses %j', (text) =>
    expect(parseClockTime(text)).toBeUndefined(),
  );
});

describe('formatClockTime', () => {
  it('writes HH:MM with leading zeros, the inverse of parsing', () => {
    expect(formatClockTime(540)).toBe('09:00');
    expect(formatClockTime(1050)).toBe('17:30');
    for (const text of ['09:00', '12:30', '18:00']) expect(formatClockTime(parseClockTime(text) ?? -1)).toBe(text);
  });
});

describe('checkWeeklyAvailability', () => {
  it('accepts a week inside clinic hours and returns it in minutes, Monday first, by start', () => {
    const result = checkWeeklyAvailability(
      [
        rule(DayOfWeek.WEDNESDAY, '09:00', '18:00'),
        rule(DayOfWeek.MONDAY, '14:00', '17:30'),
        rule(DayOfWeek.MONDAY, '09:00', '12:00'),
      ],
      ZONE,
    );
    expect(result.problems).toEqual([]);
    expect(result.rules).toEqual([
      { dayOfWeek: DayOfWeek.MONDAY, startMinute: 540, endMinute: 720 },
      { dayOfWeek: DayOfWeek.MONDAY, startMinute: 840, endMinute: 1050 },
      { dayOfWeek: DayOfWeek.WEDNESDAY, startMinute: 540, endMinute: 1080 },
    ]);
  });

  it('accepts an empty week: the doctor sees nobody', () => {
    expect(checkWeeklyAvailability([], ZONE)).toEqual({ rules: [], problems: [] });
  });

  it('accepts rules back to back on one day', () => {
    expect(fieldsOf([rule(DayOfWeek.MONDAY, '09:00', '12:00'), rule(DayOfWeek.MONDAY, '12:00', '13:00')])).toEqual([]);
  });

  it('refuses a time that is not HH:MM, naming the rule and its field', () => {
    expect(fieldsOf([rule(DayOfWeek.MONDAY, '09:00', '12:00'), rule(DayOfWeek.MONDAY, '9:00', '25:00')])).toEqual([
      'rules[1].startTime',
      'rules[1].endTime',
    ]);
  });

  it('refuses times off the 30-minute grid', () => {
    expect(fieldsOf([rule(DayOfWeek.TUESDAY, '09:15', '10:00')])).toEqual(['rules[0].startTime']);
    expect(fieldsOf([rule(DayOfWeek.TUESDAY, '09:00', '10:45')])).toEqual(['rules[0].endTime']);
  });

  it('refuses a rule that does not start before it ends', () => {
    expect(fieldsOf([rule(DayOfWeek.FRIDAY, '12:00', '12:00')])).toEqual(['rules[0]']);
    expect(fieldsOf([rule(DayOfWeek.FRIDAY, '13:00', '12:00')])).toEqual(['rules[0]']);
  });

  it('refuses a rule outside clinic hours, and says in which time zone they are', () => {
    const result = checkWeeklyAvailability(
      [rule(DayOfWeek.SATURDAY, '08:30', '10:00'), rule(DayOfWeek.SATURDAY, '17:00', '18:30')],
      ZONE,
    );
    expect(result.problems.map((p) => p.field)).toEqual(['rules[0]', 'rules[1]']);
    expect(result.problems[0]?.message).toContain('09:00–18:00 (Europe/Kyiv)');
  });

  it('refuses overlapping rules of one day, naming the later rule and the one it overlaps', () => {
    const result = checkWeeklyAvailability(
      [
        rule(DayOfWeek.MONDAY, '10:00', '12:00'),
        rule(DayOfWeek.TUESDAY, '09:00', '11:00'),
        rule(DayOfWeek.MONDAY, '09:00', '10:30'),
      ],
      ZONE,
    );
    expect(result.problems).toEqual([{ field: 'rules[2]', message: 'overlaps rules[0] on MONDAY' }]);
  });

  it('finds an overlap with a long rule that shorter rules in between do not reach', () => {
    expect(
      fieldsOf([
        rule(DayOfWeek.MONDAY, '09:00', '17:00'),
        rule(DayOfWeek.MONDAY, '10:00', '11:00'),
        rule(DayOfWeek.MONDAY, '12:00', '13:00'),
      ]),
    ).toEqual(['rules[1]', 'rules[2]']);
  });

  it('refuses the same rule twice', () => {
    expect(fieldsOf([rule(DayOfWeek.MONDAY, '09:00', '10:00'), rule(DayOfWeek.MONDAY, '09:00', '10:00')])).toEqual([
      'rules[1]',
    ]);
  });

  it('lets the same hours stand on different days', () => {
    expect(fieldsOf([rule(DayOfWeek.MONDAY, '09:00', '10:00'), rule(DayOfWeek.SUNDAY, '09:00', '10:00')])).toEqual([]);
  });

  it('lists problems by rule index, numerically', () => {
    const rules = Array.from({ length: 11 }, (_, i) =>
      rule(DayOfWeek.MONDAY, `${String(9 + (i % 9)).padStart(2, '0')}:00`, '08:00'),
    );
    const fields = fieldsOf(rules);
    expect(fields.slice(0, 3)).toEqual(['rules[0]', 'rules[1]', 'rules[2]']);
    expect(fields.at(-1)).toBe('rules[10]');
  });
});

describe('compareWeeklyRules', () => {
  it('orders Monday before Sunday, then by start', () => {
    const sunday = { dayOfWeek: DayOfWeek.SUNDAY, startMinute: 540, endMinute: 600 };
    const mondayLate = { dayOfWeek: DayOfWeek.MONDAY, startMinute: 900, endMinute: 960 };
    const mondayEarly = { dayOfWeek: DayOfWeek.MONDAY, startMinute: 540, endMinute: 600 };
    expect([sunday, mondayLate, mondayEarly].sort(compareWeeklyRules)).toEqual([mondayEarly, mondayLate, sunday]);
  });
});

describe('timeOffProblem', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  it('accepts a period that ends after it starts', () => {
    expect(timeOffProblem(start, new Date('2026-12-01T09:00:00.001Z'))).toBeUndefined();
  });
  it('refuses an empty or reversed period', () => {
    expect(timeOffProblem(start, start)).toBeDefined();
    expect(timeOffProblem(start, new Date('2026-11-30T09:00:00Z'))).toBeDefined();
  });
});
