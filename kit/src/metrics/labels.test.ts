import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { boundedLabel, knownOr, OTHER } from './labels.js';

describe('knownOr', () => {
  const known = new Set(['SignIn', 'RequestAppointment']);

  it('keeps a value of the set', () => expect(knownOr(known, 'SignIn')).toBe('SignIn'));

  it.each([
    ['a name of the client’s own', 'MyQuery'],
    ['an id', randomUUID()],
    ['another case', 'signin'],
    ['nothing', undefined],
    ['null', null],
    ['an empty name', ''],
  ])('counts %s as other', (_what, value) => expect(knownOr(known, value)).toBe(OTHER));
});

describe('boundedLabel', () => {
  it('keeps the first values it meets, and those again, and counts any after them as other', () => {
    const label = boundedLabel(2);
    expect([label('Obstetrics'), label('Neonatology'), label('Ultrasound')]).toEqual([
      'Obstetrics',
      'Neonatology',
      OTHER,
    ]);
    expect(label('Obstetrics')).toBe('Obstetrics');
    expect(label(randomUUID())).toBe(OTHER);
  });

  it('cuts a long value, trims it, and counts a blank one as other', () => {
    const label = boundedLabel(10, 8);
    expect(label('  Obstetrics and gynaecology ')).toBe('Obstetri');
    expect(label('Obstetrics again')).toBe('Obstetri');
    expect(label('   ')).toBe(OTHER);
  });
});
