import { BadUserInputError, mayReadRevenue, Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { checkPeriod, mayReadPerformance, profitMargin, wholeNumber } from './report.rules.js';

const viewer = (role: Role, id = 'user-1'): Viewer => testViewer(role, id);

describe('checkPeriod', () => {
  it.each([
    ['2026-01-01', '2026-12-31'],
    ['2026-03-04', '2026-03-04'],
    ['2021-01-01', '2026-01-01'],
    ['2024-02-29', '2029-03-01'],
  ])('takes %s to %s', (from, to) => expect(() => checkPeriod(from, to)).not.toThrow());

  it('refuses a period that ends before it starts', () => {
    expect(() => checkPeriod('2026-02-01', '2026-01-31')).toThrow(BadUserInputError);
    expect(() => checkPeriod('2026-02-01', '2026-01-31')).toThrow('2026-01-31 is before 2026-02-01');
  });

  it.each([
    ['2021-01-01', '2026-01-02'],
    ['2024-02-29', '2029-03-02'],
    ['2000-01-01', '2026-01-01'],
  ])('refuses %s to %s: over 5 years', (from, to) => expect(() => checkPeriod(from, to)).toThrow('at most 5 years'));
});

describe('who reads the reports', () => {
  it.each([Role.STAKEHOLDER, Role.ADMIN])('%s reads revenue and anyone’s performance', (role) => {
    expect(mayReadRevenue(viewer(role))).toBe(true);
    expect(mayReadPerformance(viewer(role), 'doctor-9')).toBe(true);
  });

  it.each([Role.PATIENT, Role.DOCTOR, Role.STAFF])('%s reads no revenue', (role) =>
    expect(mayReadRevenue(viewer(role))).toBe(false),
  );

  it('lets a doctor read their own performance only', () => {
    expect(mayReadPerformance(viewer(Role.DOCTOR, 'doctor-1'), 'doctor-1')).toBe(true);
    expect(mayReadPerformance(viewer(Role.DOCTOR, 'doctor-1'), 'doctor-2')).toBe(false);
  });

  it.each([Role.PATIENT, Role.STAFF])('does not take a %s for the doctor of the same id', (role) =>
    expect(mayReadPerformance(viewer(role, 'doctor-1'), 'doctor-1')).toBe(false),
  );
});

describe('profitMargin', () => {
  it('is profit over revenue', () => {
    expect(profitMargin(5_000, 10_000)).toBe(0.5);
    expect(profitMargin(-2_500, 10_000)).toBe(-0.25);
  });

  it('is 0 without revenue, whatever the costs', () => {
    expect(profitMargin(0, 0)).toBe(0);
    expect(profitMargin(-70_000, 0)).toBe(0);
  });
});

describe('wholeNumber', () => {
  it('reads sums as the databases send them', () => {
    expect(wholeNumber('12345')).toBe(12_345);
    expect(wholeNumber(-7)).toBe(-7);
    expect(wholeNumber(null)).toBe(0);
  });

  it('refuses what is not a whole number', () => {
    expect(() => wholeNumber('12.5')).toThrow(RangeError);
    expect(() => wholeNumber('99999999999999999999')).toThrow(RangeError);
  });
});
