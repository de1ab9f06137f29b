import { describe, expect, it } from 'vitest';
import { authorName, formatDate, optionalText } from './chart.js';

describe('formatDate', () => {
  it('writes the calendar date, the same in every zone', () => {
    expect(formatDate('1996-08-24')).toBe('24 Aug 1996');
    expect(formatDate('2000-01-01')).toBe('1 Jan 2000');
  });
});

describe('authorName', () => {
  const names = new Map([['d2', 'Andriy Shevchenko']]);
  it('names the reader "you", another doctor by name, an unknown one generically', () => {
    expect(authorName('d1', 'd1', names)).toBe('you');
    expect(authorName('d2', 'd1', names)).toBe('Andriy Shevchenko');
    expect(authorName('d3', 'd1', names)).toBe('another doctor');
  });
});

describe('optionalText', () => {
  it('drops blank text and trims the rest', () => {
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText(null)).toBeUndefined();
    expect(optionalText(' Rest. ')).toBe('Rest.');
  });
});
