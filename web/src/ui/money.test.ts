import { describe, expect, it } from 'vitest';
import { centsOf, fromCents } from './money.js';

describe('money in cents', () => {
  it('reads Decimal strings exactly, whatever their places', () => {
    expect(centsOf('105.00')).toBe(10500n);
    expect(centsOf('1200.5')).toBe(120050n);
    expect(centsOf('7')).toBe(700n);
    expect(centsOf('-3.05')).toBe(-305n);
    expect(centsOf('0.1')).toBe(10n);
    expect(centsOf('90071992547409.93')).toBe(9007199254740993n);
    expect(centsOf('110.25')).toBe(11025n);
    expect(centsOf('105')).toBe(10500n);
    expect(centsOf('52.5')).toBe(5250n);
    expect(centsOf('0.10')).toBe(10n);
  });

  it('writes them back with two places', () => {
    expect(fromCents(11025n)).toBe('110.25');
    expect(fromCents(5n)).toBe('0.05');
    expect(fromCents(-305n)).toBe('-3.05');
    expect(fromCents(0n)).toBe('0.00');
  });
});
