import { describe, expect, it } from 'vitest';
import { Role } from './auth.js';
import { mayReadRevenue, MAX_REPORT_YEARS, reportPeriodProblems } from './report-period.js';
import { testViewer } from './testing/index.js';
import { yearsAfter } from './time.js';

describe('a report period', () => {
  it(`runs from a clinic day to one at most ${MAX_REPORT_YEARS} years later, both included`, () => {
    expect(reportPeriodProblems('2026-12-01', '2026-12-01')).toEqual([]);
    expect(reportPeriodProblems('2021-12-01', '2026-12-01')).toEqual([]);
    expect(reportPeriodProblems('2021-12-01', '2026-12-02')).toEqual([
      { field: 'to', message: 'a report covers at most 5 years from 2021-12-01' },
    ]);
    expect(reportPeriodProblems('2026-12-02', '2026-12-01')).toEqual([
      { field: 'to', message: '2026-12-01 is before 2026-12-02' },
    ]);
  });

  it('counts years by the calendar: 29 February moves to 1 March', () => {
    expect(yearsAfter('2024-02-29', 5)).toBe('2029-03-01');
    expect(yearsAfter('2024-02-28', 1)).toBe('2025-02-28');
    expect(reportPeriodProblems('2024-02-29', '2029-03-01')).toEqual([]);
  });

  it('is read by the business department and administrators only', () => {
    const may = (role: Role) => mayReadRevenue(testViewer(role, 'u-1'));
    expect([Role.STAKEHOLDER, Role.ADMIN].map(may)).toEqual([true, true]);
    expect([Role.PATIENT, Role.DOCTOR, Role.STAFF].map(may)).toEqual([false, false, false]);
  });
});
