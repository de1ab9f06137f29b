import { DecimalScalar } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { MAX_PRICE_CENTS, priceProblem, visitDurationProblem } from './medical-service.rules.js';

describe('visitDurationProblem', () => {
  it.each([30, 60, 90, 240, 480])('accepts %i minutes', (minutes) =>
    expect(visitDurationProblem(minutes)).toBeUndefined(),
  );

  it.each([
    [0, 'positive'],
    [-30, 'positive'],
    [45, 'multiple of 30'],
    [29, 'multiple of 30'],
    [510, 'at most 480'],
  ])('refuses %i minutes: %s', (minutes, why) => expect(visitDurationProblem(minutes)).toContain(why));
});

describe('priceProblem', () => {
  it('accepts a free service and an ordinary price', () => {
    expect(priceProblem(0)).toBeUndefined();
    expect(priceProblem(10_500)).toBeUndefined();
    expect(priceProblem(MAX_PRICE_CENTS)).toBeUndefined();
  });

  it('refuses a negative price', () => expect(priceProblem(-1)).toBe('must not be negative'));

  it('refuses a price beyond the ceiling', () => expect(priceProblem(MAX_PRICE_CENTS + 1)).toContain('1000000.00'));
});

describe('prices as clients write them (the Decimal scalar)', () => {
  it.each([
    ['105', 10_500],
    ['105.5', 10_550],
    ['105.00', 10_500],
    ['0.01', 1],
    ['-5.00', -500],
  ])('reads %j as %i cents', (text, cents) => expect(DecimalScalar.parseValue(text)).toBe(cents));

  it.each(['1.234', '1,50', '', 'abc', '1e3'])('refuses %j', (text) =>
    expect(() => DecimalScalar.parseValue(text)).toThrow(),
  );

  it('refuses a number: money travels as a string', () => expect(() => DecimalScalar.parseValue(105)).toThrow());

  it('writes cents back with two fraction digits', () => {
    expect(DecimalScalar.serialize(10_500)).toBe('105.00');
    expect(DecimalScalar.serialize(5)).toBe('0.05');
  });
});
