import { describe, expect, it } from 'vitest';
import { ClinicCalendar } from './clinic-calendar.js';
import { deliveryType, kindOfHeader, parseCalendarDate, parseInstant, rowReader, unknownHeader } from './rows.js';

const KYIV = 'Europe/Kyiv';
const kyiv = () => new ClinicCalendar(KYIV);
const iso = (instant: number | undefined) => (instant === undefined ? undefined : new Date(instant).toISOString());

function read(kind: 'DELIVERIES' | 'DEPARTMENT_COSTS', fields: string[]) {
  const problems: string[] = [];
  const values = rowReader(kind, kyiv()).read(fields, problems);
  return { values, problems };
}

describe('kindOfHeader', () => {
  it('knows both headers', () => {
    expect(kindOfHeader(['delivery_id', 'doctor_id', 'delivered_at', 'delivery_type'])).toBe('DELIVERIES');
    expect(kindOfHeader(['cost_id', 'department_id', 'cost_date', 'amount', 'category'])).toBe('DEPARTMENT_COSTS');
  });

  it('ignores spaces around names, letter case and a BOM', () => {
    expect(kindOfHeader(['\uFEFFDelivery_ID ', ' doctor_id', 'DELIVERED_AT', 'delivery_type'])).toBe('DELIVERIES');
    expect(kindOfHeader([' COST_ID', 'Department_Id', 'cost_date ', 'Amount', 'category'])).toBe('DEPARTMENT_COSTS');
  });

  it('refuses another order, a missing or an extra column, and anything else', () => {
    expect(kindOfHeader(['doctor_id', 'delivery_id', 'delivered_at', 'delivery_type'])).toBeUndefined();
    expect(kindOfHeader(['delivery_id', 'doctor_id', 'delivered_at'])).toBeUndefined();
    expect(kindOfHeader(['cost_id', 'department_id', 'cost_date', 'amount', 'category', 'note'])).toBeUndefined();
    expect(kindOfHeader(['d-1', 'doc-1', '2026-01-01T10:00:00Z', 'NATURAL'])).toBeUndefined();
  });

  it('says what the accepted headers are', () => {
    expect(unknownHeader(['id', 'name'])).toBe(
      'the header "id,name" is neither delivery_id,doctor_id,delivered_at,delivery_type' +
        ' nor cost_id,department_id,cost_date,amount,category',
    );
  });
});

describe('deliveryType', () => {
  it.each([
    ['C_SECTION', 'C_SECTION'],
    ['c_section', 'C_SECTION'],
    ['c-section', 'C_SECTION'],
    ['C-Section', 'C_SECTION'],
    ['caesarean', 'C_SECTION'],
    ['Caesarean', 'C_SECTION'],
    ['CESAREAN', 'C_SECTION'],
    ['NATURAL', 'NATURAL'],
    ['natural', 'NATURAL'],
    ['Vaginal', 'NATURAL'],
    [' vaginal ', 'NATURAL'],
  ])('reads %j as %s', (spelling, type) => {
    expect(deliveryType(spelling)).toBe(type);
  });

  it.each(['forceps', 'c section', 'section', '', 'NATURAL_BIRTH'])('refuses %j', (spelling) => {
    expect(deliveryType(spelling)).toBeUndefined();
  });
});

describe('parseInstant', () => {
  it('takes an offset or Z as the instant itself', () => {
    expect(iso(parseInstant('2026-03-29T14:05:00+03:00', kyiv()))).toBe('2026-03-29T11:05:00.000Z');
    expect(iso(parseInstant('2026-03-29T14:05:00-0130', kyiv()))).toBe('2026-03-29T15:35:00.000Z');
    expect(iso(parseInstant('2026-03-29T14:05:00+05', kyiv()))).toBe('2026-03-29T09:05:00.000Z');
    expect(iso(parseInstant('2026-03-29T11:05:00Z', kyiv()))).toBe('2026-03-29T11:05:00.000Z');
    expect(iso(parseInstant('2026-03-29 11:05Z', kyiv()))).toBe('2026-03-29T11:05:00.000Z');
    expect(iso(parseInstant('2026-03-29T11:05:07.25Z', kyiv()))).toBe('2026-03-29T11:05:07.250Z');
    expect(iso(parseInstant('2026-03-29T11:05:07.123456Z', kyiv()))).toBe('2026-03-29T11:05:07.123Z');
  });

  it("reads a time without an offset on the clinic's wall clock, winter and summer", () => {
    expect(iso(parseInstant('2026-01-15T09:00:00', kyiv()))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(parseInstant('2026-07-15T09:00:00', kyiv()))).toBe('2026-07-15T06:00:00.000Z');
    expect(iso(parseInstant('2026-07-15T09:00:00', new ClinicCalendar('UTC')))).toBe('2026-07-15T09:00:00.000Z');
  });

  it('follows Kyiv across the spring change (2026-03-29, 03:00 → 04:00)', () => {
    const calendar = kyiv();
    expect(iso(parseInstant('2026-03-29T02:59:59.999', calendar))).toBe('2026-03-29T00:59:59.999Z');
    // 03:30 never shows on the clock that night: it is placed after the jump, as kit's zonedToUtc places it.
    expect(iso(parseInstant('2026-03-29T03:30:00', calendar))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(parseInstant('2026-03-29T04:00:00', calendar))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(parseInstant('2026-03-29T23:30:00', calendar))).toBe('2026-03-29T20:30:00.000Z');
  });

  it('follows Kyiv across the autumn change (2026-10-25, 04:00 → 03:00), a repeated reading meaning the first', () => {
    const calendar = kyiv();
    expect(iso(parseInstant('2026-10-25T02:30:00', calendar))).toBe('2026-10-24T23:30:00.000Z');
    expect(iso(parseInstant('2026-10-25T03:30:00', calendar))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(parseInstant('2026-10-25T04:30:00', calendar))).toBe('2026-10-25T02:30:00.000Z');
  });

  it.each([
    '2026-02-30T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-03-29T24:00:00Z',
    '2026-03-29T10:60:00Z',
    '2026-03-29T10:00:60Z',
    '2026-03-29T10:00:00+24:00',
    '2026-03-29',
    '29.03.2026 10:00',
    '2026-03-29T10:00:00 +03:00',
    '2026-3-29T10:00:00Z',
    '0999-03-29T10:00:00Z',
    'yesterday',
    '',
  ])('refuses %j', (text) => {
    expect(parseInstant(text, kyiv())).toBeUndefined();
  });
});

describe('parseCalendarDate', () => {
  it('takes real dates, leap days included', () => {
    expect(parseCalendarDate('2026-02-28')).toBe('2026-02-28');
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29');
    expect(parseCalendarDate('2026-12-31')).toBe('2026-12-31');
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00',
  ])('refuses %j', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });
});

describe('a delivery row', () => {
  it('becomes the fact: id, doctor, UTC instant, clinic day, type', () => {
    expect(read('DELIVERIES', [' d-1 ', 'doc-7', '2026-03-28T23:30:00+00:00', 'vaginal'])).toEqual({
      values: ['d-1', 'doc-7', '2026-03-28 23:30:00.000', '2026-03-29', 'NATURAL'],
      problems: [],
    });
    expect(read('DELIVERIES', ['d-2', 'doc-7', '2026-03-29T00:30:00', 'Caesarean']).values).toEqual([
      'd-2',
      'doc-7',
      '2026-03-28 22:30:00.000',
      '2026-03-29',
      'C_SECTION',
    ]);
  });

  it('names every broken field', () => {
    expect(read('DELIVERIES', ['', ' ', 'soon', 'forceps'])).toEqual({
      values: undefined,
      problems: [
        'delivery_id is blank',
        'doctor_id is blank',
        'delivered_at "soon" is not an ISO 8601 date and time ' +
          '(2026-03-29T14:05:00+03:00, 2026-03-29T11:05:00Z, or 2026-03-29T14:05:00 on the clinic clock)',
        'delivery_type "forceps" is not C_SECTION or NATURAL',
      ],
    });
  });

  it('holds ids to the columns’ lengths, in characters', () => {
    const { problems } = read('DELIVERIES', ['d'.repeat(65), 'x'.repeat(37), '2026-03-29T10:00:00Z', 'NATURAL']);
    expect(problems).toEqual([
      `delivery_id "${'d'.repeat(40)}…" is longer than 64 characters`,
      `doctor_id "${'x'.repeat(37)}" is longer than 36 characters`,
    ]);
    expect(read('DELIVERIES', ['d'.repeat(64), '👶'.repeat(36), '2026-03-29T10:00:00Z', 'NATURAL']).problems).toEqual(
      [],
    );
  });

  it('refuses an instant a DATETIME cannot hold', () => {
    expect(read('DELIVERIES', ['d-1', 'doc-1', '1000-01-01T00:00:00Z', 'NATURAL']).problems).toEqual([
      'delivered_at "1000-01-01T00:00:00Z" is out of range',
    ]);
  });
});

describe('a cost row', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['0', 0],
    ['0.07', 7],
    [' 1234567.89 ', 123456789],
  ])('takes the amount %j as %i cents', (amount, cents) => {
    expect(read('DEPARTMENT_COSTS', ['c-1', 'dep-1', '2026-03-29', amount, 'Supplies'])).toEqual({
      values: ['c-1', 'dep-1', '2026-03-29', cents, 'Supplies'],
      problems: [],
    });
  });

  it.each([
    ['-1', 'amount "-1" is negative'],
    ['-0.00', 'amount "-0.00" is negative'],
    ['1.234', 'amount "1.234" is not a decimal with at most 2 fraction digits (12, 12.5, 12.50)'],
    ['abc', 'amount "abc" is not a decimal with at most 2 fraction digits (12, 12.5, 12.50)'],
    ['1,50', 'amount "1,50" is not a decimal with at most 2 fraction digits (12, 12.5, 12.50)'],
    ['', 'amount "" is not a decimal with at most 2 fraction digits (12, 12.5, 12.50)'],
  ])('refuses the amount %j', (amount, problem) => {
    expect(read('DEPARTMENT_COSTS', ['c-1', 'dep-1', '2026-03-29', amount, 'Supplies'])).toEqual({
      values: undefined,
      problems: [problem],
    });
  });

  it('refuses a date that is not on the calendar, and a blank or long category', () => {
    expect(read('DEPARTMENT_COSTS', ['c-1', 'dep-1', '2026-02-30', '1', '  ']).problems).toEqual([
      'cost_date "2026-02-30" is not a calendar date YYYY-MM-DD',
      'category is blank',
    ]);
    expect(read('DEPARTMENT_COSTS', ['c-1', 'dep-1', '2026-02-28', '1', 'x'.repeat(101)]).problems).toEqual([
      `category "${'x'.repeat(40)}…" is longer than 100 characters`,
    ]);
    expect(read('DEPARTMENT_COSTS', ['', 'd'.repeat(37), '2026-02-28', '1', 'x']).problems).toEqual([
      'cost_id is blank',
      `department_id "${'d'.repeat(37)}" is longer than 36 characters`,
    ]);
  });
});
