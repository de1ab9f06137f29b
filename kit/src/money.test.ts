import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal, percentOf } from './money.js';

describe('money', () => {
  it('reads decimals into whole cents exactly', () => {
    expect(parseDecimal('105')).toBe(10_500);
    expect(parseDecimal('105.5')).toBe(10_550);
    expect(parseDecimal('0.07')).toBe(7);
    expect(parseDecimal('-12.30')).toBe(-1_230);
    expect(parseDecimal('0.1')! + parseDecimal('0.2')!).toBe(parseDecimal('0.3'));
  });

  it('refuses what is not an amount of money', () => {
    for (const text of ['1.005', '1e3', 'abc', '', '1,50', '.5', '12.']) expect(parseDecimal(text)).toBeUndefined();
  });

  it('writes two fraction digits', () => {
    expect(formatDecimal(10_500)).toBe('105.00');
    expect(formatDecimal(7)).toBe('0.07');
    expect(formatDecimal(-1_230)).toBe('-12.30');
  });

  it('takes a percentage rounding half away from zero', () => {
    expect(percentOf(10_500, 5, 100)).toBe(525);
    expect(percentOf(10_550, 5, 100)).toBe(528); // 527.5 → 528
    expect(percentOf(9_990, 50, 100)).toBe(4_995);
    expect(percentOf(-10_550, 5, 100)).toBe(-528);
  });
});
