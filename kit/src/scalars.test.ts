import { describe, expect, it } from 'vitest';
import { DateTimeScalar, DecimalScalar, isLocalDate, LocalDateScalar } from './scalars.js';

describe('DateTime', () => {
  it('accepts any offset and answers in UTC', () => {
    const parsed = DateTimeScalar.parseValue('2026-12-01T11:30:00+02:00');
    expect(DateTimeScalar.serialize(parsed)).toBe('2026-12-01T09:30:00.000Z');
  });

  it('refuses a time without an offset, which would mean a different instant per server', () => {
    expect(() => DateTimeScalar.parseValue('2026-12-01T09:30:00')).toThrow(/offset/);
    expect(() => DateTimeScalar.parseValue('2026-02-30T09:30:00Z')).toThrow(/real/);
  });
});

describe('Date', () => {
  it('keeps real calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(LocalDateScalar.parseValue('2026-12-01')).toBe('2026-12-01');
    expect(() => LocalDateScalar.parseValue('01.12.2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('Decimal', () => {
  it('is whole cents inside and a two-digit string outside', () => {
    expect(DecimalScalar.parseValue('105.5')).toBe(10_550);
    expect(DecimalScalar.serialize(10_550)).toBe('105.50');
    expect(() => DecimalScalar.parseValue(105.5)).toThrow(/string/);
    expect(() => DecimalScalar.parseValue('105.555')).toThrow(/two fraction digits/);
  });
});
