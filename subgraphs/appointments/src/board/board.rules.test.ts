import { DomainError } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import {
  boardPeriods,
  capacityOn,
  checkBoardRange,
  clinicDay,
  MAX_BOARD_DAYS,
  scheduleBoard,
  visitBlocks,
  type BoardDoctor,
  type BoardVisit,
} from './board.rules.js';
import { ScheduleGrouping } from './board.enums.js';

const ZONE = 'Europe/Kyiv';
const HOUR = 3_600_000;
const window = (dayOfWeek: string, start: string, end: string) => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return { dayOfWeek, startMinute: minutes(start), endMinute: minutes(end) };
};
const instant = (iso: string) => new Date(iso);
const visit = (doctorId: string, standing: BoardVisit['standing'], start: string, minutes: number): BoardVisit => ({
  doctorId,
  standing,
  start: instant(start),
  end: new Date(Date.parse(start) + minutes * 60_000),
});
const codeOf = (fn: () => unknown): { code: string; message: string } | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: String(error.extensions['code']), message: error.message };
  }
};

describe('the range', () => {
  it('counts days with both ends included, up to 92', () => {
    expect(checkBoardRange('2026-03-23', '2026-03-23')).toBe(1);
    expect(checkBoardRange('2026-07-01', '2026-09-30')).toBe(MAX_BOARD_DAYS);
  });

  it('refuses a range that runs backwards or is longer than 92 days', () => {
    expect(codeOf(() => checkBoardRange('2026-03-24', '2026-03-23'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('must not be before from'),
    });
    expect(codeOf(() => checkBoardRange('2026-07-01', '2026-10-01'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('at most 92 days'),
    });
  });
});

describe('periods, clipped to the range', () => {
  it('cuts ISO weeks Monday to Sunday, across a year end too', () => {
    const weeks = boardPeriods('2026-03-25', '2026-04-07', ScheduleGrouping.WEEK);
    expect(weeks.map((p) => [p.start, p.end, p.dates.length])).toEqual([
      ['2026-03-25', '2026-03-29', 5],
      ['2026-03-30', '2026-04-05', 7],
      ['2026-04-06', '2026-04-07', 2],
    ]);
    expect(boardPeriods('2026-12-30', '2027-01-05', ScheduleGrouping.WEEK).map((p) => [p.start, p.end])).toEqual([
      ['2026-12-30', '2027-01-03'],
      ['2027-01-04', '2027-01-05'],
    ]);
  });

  it('cuts calendar months and single days', () => {
    expect(boardPeriods('2026-01-30', '2026-03-02', ScheduleGrouping.MONTH).map((p) => [p.start, p.end])).toEqual([
      ['2026-01-30', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-02'],
    ]);
    expect(boardPeriods('2026-03-28', '2026-03-30', ScheduleGrouping.DAY).map((p) => p.start)).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ]);
  });
});

describe('clinic days across the clock changes (Europe/Kyiv)', () => {
  it('makes the last Sunday of March 23 hours and that of October 25', () => {
    const spring = clinicDay('2026-03-29', ZONE);
    const autumn = clinicDay('2026-10-25', ZONE);
    const ordinary = clinicDay('2026-03-28', ZONE);
    expect([spring.end - spring.start, autumn.end - autumn.start, ordinary.end - ordinary.start]).toEqual([
      23 * HOUR,
      25 * HOUR,
      24 * HOUR,
    ]);
    // 09:00 is 07:00Z on Saturday (UTC+2) and 06:00Z on Sunday (UTC+3).
    expect(new Date(ordinary.at(9 * 60)!).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(new Date(spring.at(9 * 60)!).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(new Date(autumn.at(9 * 60)!).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    // The clock skips 03:00–04:00 in spring; in autumn 03:00 comes first at UTC+3.
    expect(spring.at(3 * 60)).toBeNull();
    expect(new Date(autumn.at(3 * 60)!).toISOString()).toBe('2026-10-25T00:00:00.000Z');
  });

  it('counts a window by its wall-clock half hours: none in the skipped hour, the repeated one once', () => {
    const night = { weeklyAvailability: [window('SUNDAY', '02:00', '05:00')], timeOff: [] };
    expect(capacityOn(night, [], clinicDay('2026-03-29', ZONE))).toHaveLength(4);
    expect(capacityOn(night, [], clinicDay('2026-10-25', ZONE))).toHaveLength(6);
    expect(capacityOn(night, [], clinicDay('2026-10-18', ZONE))).toHaveLength(6);
  });

  it('counts a visit in the half hours it covers, a part of one as whole', () => {
    expect(visitBlocks(instant('2026-03-23T07:00:00Z'), instant('2026-03-23T07:45:00Z'))).toEqual([
      Date.parse('2026-03-23T07:00:00Z'),
      Date.parse('2026-03-23T07:30:00Z'),
    ]);
  });
});

describe('the board of the week the clocks spring forward (23–29 March 2026, Kyiv)', () => {
  // Weekdays 09:00–17:00 (16 slots), Sunday 10:00–14:00 (8).
  const doctor: BoardDoctor = {
    id: 'dr-a',
    weeklyAvailability: [
      ...['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => window(day, '09:00', '17:00')),
      window('SUNDAY', '10:00', '14:00'),
    ],
    extraHours: [
      // Saturday 09:00–12:00: 6 slots on a day off.
      { date: '2026-03-28', startMinute: 9 * 60, endMinute: 12 * 60 },
      // Friday 16:00–18:00 over the usual 09:00–17:00: only 17:00–18:00 adds, 2 slots.
      { date: '2026-03-27', startMinute: 16 * 60, endMinute: 18 * 60 },
      // Outside the range: ignored.
      { date: '2026-03-30', startMinute: 9 * 60, endMinute: 18 * 60 },
    ],
    timeOff: [
      // Wednesday 13:00–17:00 local (UTC+2): 8 slots.
      { start: instant('2026-03-25T11:00:00Z'), end: instant('2026-03-25T15:00:00Z') },
      // Sunday from 12:00 local, already UTC+3, to Monday: 12:00–14:00, 4 slots.
      { start: instant('2026-03-29T09:00:00Z'), end: instant('2026-03-29T21:00:00Z') },
    ],
  };
  // No hours at all: capacity 0 whatever stands.
  const away: BoardDoctor = { id: 'dr-b', weeklyAvailability: [], extraHours: [], timeOff: [] };
  const visits: BoardVisit[] = [
    visit('dr-a', 'BOOKED', '2026-03-23T07:00:00Z', 30), // Monday 09:00
    visit('dr-a', 'BOOKED', '2026-03-23T08:00:00Z', 60), // Monday 10:00, completed
    visit('dr-a', 'PENDING', '2026-03-24T09:00:00Z', 30), // Tuesday 11:00
    visit('dr-a', 'BOOKED', '2026-03-25T12:00:00Z', 30), // Wednesday 14:00, in the time off added after it
    visit('dr-a', 'BOOKED', '2026-03-29T07:00:00Z', 90), // Sunday 10:00 (UTC+3) to 11:30
    visit('dr-a', 'PENDING', '2026-03-29T22:00:00Z', 30), // Monday 30 March 01:00: after the range
    visit('dr-b', 'PENDING', '2026-03-24T07:00:00Z', 30), // Tuesday 09:00, dr-b
    visit('dr-x', 'BOOKED', '2026-03-24T07:00:00Z', 30), // not on the board
  ];
  const board = (groupBy: ScheduleGrouping) =>
    scheduleBoard({ from: '2026-03-23', to: '2026-03-29', groupBy, timeZone: ZONE, doctors: [doctor, away], visits });

  it('by WEEK: capacity 16+16+8+16+18+6+4 = 84, booked 1+2+1+3 = 7, pending 1, free 84 − 7 = 77', () => {
    const [week, ...more] = board(ScheduleGrouping.WEEK);
    expect(more).toEqual([]);
    expect(week).toEqual({
      start: '2026-03-23',
      end: '2026-03-29',
      rows: [
        { doctorId: 'dr-a', capacitySlots: 84, bookedSlots: 7, pendingSlots: 1, freeSlots: 77, utilisation: 7 / 84 },
        { doctorId: 'dr-b', capacitySlots: 0, bookedSlots: 0, pendingSlots: 1, freeSlots: 0, utilisation: 0 },
      ],
    });
  });

  it('by DAY: each visit on its clinic day, the DST Sunday included', () => {
    const days = board(ScheduleGrouping.DAY);
    const figures = days.map((day) => {
      const row = day.rows[0]!;
      return [day.start, row.capacitySlots, row.bookedSlots, row.pendingSlots, row.freeSlots, row.utilisation];
    });
    expect(figures).toEqual([
      ['2026-03-23', 16, 3, 0, 13, 3 / 16],
      ['2026-03-24', 16, 0, 1, 15, 0],
      // The visit stands in the time off: booked, but it takes none of the 8 slots left.
      ['2026-03-25', 8, 1, 0, 8, 1 / 8],
      ['2026-03-26', 16, 0, 0, 16, 0],
      ['2026-03-27', 18, 0, 0, 18, 0],
      ['2026-03-28', 6, 0, 0, 6, 0],
      ['2026-03-29', 4, 3, 0, 1, 3 / 4],
    ]);
    expect(days.map((day) => day.end)).toEqual(days.map((day) => day.start));
  });

  it('by MONTH across a month end: the days of each month, clipped', () => {
    const periods = scheduleBoard({
      from: '2026-03-29',
      to: '2026-04-01',
      groupBy: ScheduleGrouping.MONTH,
      timeZone: ZONE,
      doctors: [doctor],
      visits,
    });
    // 29 March: 4; 30 March: 16 + 2 extra (09:00–18:00 over 09:00–17:00), 31 March: 16; 1 April: 16.
    expect(periods.map((p) => [p.start, p.end, p.rows[0]!.capacitySlots, p.rows[0]!.pendingSlots])).toEqual([
      ['2026-03-29', '2026-03-31', 4 + 18 + 16, 1],
      ['2026-04-01', '2026-04-01', 16, 0],
    ]);
  });
});

describe('the week the clocks fall back (19–25 October 2026, Kyiv)', () => {
  it('keeps a 25-hour Sunday at its wall-clock slots and its visits on it', () => {
    const doctor: BoardDoctor = {
      id: 'dr-a',
      weeklyAvailability: [window('SATURDAY', '09:00', '18:00'), window('SUNDAY', '09:00', '18:00')],
      extraHours: [],
      // All of Saturday, local midnight to midnight, both at UTC+3.
      timeOff: [{ start: instant('2026-10-23T21:00:00Z'), end: instant('2026-10-24T21:00:00Z') }],
    };
    const visits = [
      visit('dr-a', 'BOOKED', '2026-10-24T06:00:00Z', 30), // Saturday 09:00 (UTC+3), in the time off
      visit('dr-a', 'BOOKED', '2026-10-25T07:00:00Z', 30), // Sunday 09:00 (UTC+2)
      visit('dr-a', 'PENDING', '2026-10-25T15:30:00Z', 30), // Sunday 17:30, the last slot
    ];
    const days = scheduleBoard({
      from: '2026-10-24',
      to: '2026-10-25',
      groupBy: ScheduleGrouping.DAY,
      timeZone: ZONE,
      doctors: [doctor],
      visits,
    });
    expect(days.map((d) => [d.start, d.rows[0]!.capacitySlots, d.rows[0]!.bookedSlots, d.rows[0]!.freeSlots])).toEqual([
      ['2026-10-24', 0, 1, 0],
      ['2026-10-25', 18, 1, 16],
    ]);
    expect(days[1]!.rows[0]!.pendingSlots).toBe(1);
  });
});
