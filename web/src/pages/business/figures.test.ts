import { describe, expect, it } from 'vitest';
import { chartNumber, chartSummary, figuresOf, marginOf } from './figures.js';

describe('marginOf', () => {
  it('is profit over revenue in percent, to one decimal', () => {
    expect(marginOf('105.00', '105.00')).toBe('100.0%');
    expect(marginOf('1.00', '3.00')).toBe('33.3%');
    expect(marginOf('2.00', '3.00')).toBe('66.7%');
    expect(marginOf('0.00', '50.00')).toBe('0.0%');
  });

  it('rounds half away from zero, losses included', () => {
    expect(marginOf('1.00', '16.00')).toBe('6.3%');
    expect(marginOf('-1.00', '16.00')).toBe('−6.3%');
    expect(marginOf('-40.00', '10.00')).toBe('−400.0%');
  });

  it('is 0 without revenue, as the API says', () => {
    expect(marginOf('-25.00', '0.00')).toBe('0.0%');
  });
});

describe('figuresOf', () => {
  it('keeps the API strings and names a department the API could not', () => {
    const figures = figuresOf({
      totalRevenue: '175.00',
      totalProfit: '135.00',
      departmentBreakdown: [
        { department: { id: 'd1', name: 'Obstetrics' }, revenue: '105.00', profit: '65.00' },
        { department: null, revenue: '70.00', profit: '70.00' },
      ],
    });
    expect(figures).toEqual({
      totalRevenue: '175.00',
      totalProfit: '135.00',
      margin: '77.1%',
      departments: [
        { key: 'd1', name: 'Obstetrics', revenue: '105.00', profit: '65.00', margin: '61.9%' },
        { key: 'unknown-1', name: 'Unknown department', revenue: '70.00', profit: '70.00', margin: '100.0%' },
      ],
    });
  });
});

describe('chartNumber', () => {
  it('is the amount as a number for the geometry', () => {
    expect(chartNumber('1200.50')).toBe(1200.5);
    expect(chartNumber('-3.05')).toBe(-3.05);
  });
});

describe('chartSummary', () => {
  it('names every department with its figures', () => {
    const { departments } = figuresOf({
      totalRevenue: '1275.00',
      totalProfit: '1275.00',
      departmentBreakdown: [
        { department: { id: 'd1', name: 'Obstetrics' }, revenue: '1200.00', profit: '-15.5' },
        { department: { id: 'd2', name: 'Gynecology' }, revenue: '75.00', profit: '75.00' },
      ],
    });
    expect(chartSummary(departments)).toBe(
      'Revenue and profit by department. Obstetrics: revenue 1,200.00, profit −15.50; Gynecology: revenue 75.00, profit 75.00.',
    );
  });
});
