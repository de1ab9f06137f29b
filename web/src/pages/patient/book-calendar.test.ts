import { describe, expect, it } from 'vitest';
import { freeWords, monthGrid, monthRange, shiftMonth } from './book-calendar.js';

const kovalenko = { id: 'kovalenko' };
const shevchenko = { id: 'shevchenko' };

describe('the month calendar', () => {
  it('lays December 2026 out in Monday-first weeks, with blanks before the 1st and after the 31st', () => {
    const grid = monthGrid('2026-12', [], '2026-12-05');
    expect(grid.title).toBe('December 2026');
    // 1 December 2026 is a Tuesday, 31 December a Thursday.
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0]!.map((cell) => cell?.day ?? null)).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(grid.weeks[4]!.map((cell) => cell?.day ?? null)).toEqual([28, 29, 30, 31, null, null, null]);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(grid.weeks[0]![5]).toMatchObject({ date: '2026-12-05', name: 'Saturday 5 December', today: true });
  });

  it('starts a month that begins on a Monday in the first column, and February of a leap year has 29 days', () => {
    expect(monthGrid('2027-02', [], '2027-02-01').weeks[0]![0]).toMatchObject({
      date: '2027-02-01',
      name: 'Monday 1 February',
    });
    const leap = monthGrid('2028-02', [], '2028-02-01');
    expect(leap.weeks.flat().filter((cell) => cell !== null)).toHaveLength(29);
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('says per day how many doctors are free, and a day the API has nothing for is not bookable', () => {
    const days = [
      { date: '2026-12-07', freeSlotCount: 32, doctors: [kovalenko, shevchenko] },
      { date: '2026-12-08', freeSlotCount: 16, doctors: [kovalenko] },
      { date: '2026-12-12', freeSlotCount: 0, doctors: [] },
    ];
    const cells = monthGrid('2026-12', days, '2026-12-05').weeks.flat();
    const cell = (date: string) => cells.find((c) => c?.date === date)!;
    expect(cell('2026-12-07')).toMatchObject({ freeSlotCount: 32, doctorCount: 2 });
    expect(cell('2026-12-07')).toMatchObject({ weekday: 'Monday', day: 7, monthName: 'December' });
    expect(freeWords(cell('2026-12-07'))).toBe('2 doctors free');
    expect(freeWords(cell('2026-12-08'))).toBe('1 doctor free');
    expect(freeWords(cell('2026-12-12'))).toBe('no free time');
    expect(cell('2026-12-20')).toMatchObject({ freeSlotCount: 0, doctorCount: 0 });
  });

  it('counts only one doctor’s days when asked for one doctor', () => {
    const days = [
      { date: '2026-12-07', freeSlotCount: 32, doctors: [kovalenko, shevchenko] },
      { date: '2026-12-08', freeSlotCount: 16, doctors: [kovalenko] },
    ];
    const cells = monthGrid('2026-12', days, '2026-12-05', 'shevchenko').weeks.flat();
    expect(cells.find((c) => c?.date === '2026-12-07')).toMatchObject({ doctorCount: 1 });
    expect(cells.find((c) => c?.date === '2026-12-08')).toMatchObject({ doctorCount: 0, freeSlotCount: 0 });
  });

  it('moves by months across a year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
  });
});
