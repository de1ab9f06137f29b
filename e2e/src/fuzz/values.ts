import { isEnumType, type GraphQLNamedInputType } from 'graphql';

/** One bad value and what kind of bad it is, as the failure report names it. */
export interface BadValue {
  kind: string;
  value: unknown;
}

const LONG = 'x'.repeat(100_000);

/** What any text may be sent as: each refused, none a fault. */
const TEXT: BadValue[] = [
  { kind: 'wrong type: number', value: 42 },
  { kind: 'wrong type: object', value: { text: 'x' } },
  { kind: 'empty', value: '' },
  { kind: 'blank', value: '   ' },
  { kind: '100,000 characters', value: LONG },
  { kind: 'control: NUL', value: 'Mar\u0000ta' },
  { kind: 'control: ESC', value: 'Mar\u001b[31mta' },
  { kind: 'control: U+0085', value: 'Mar\u0085ta' },
  { kind: 'bidi override U+202E', value: 'Mar\u202Eta' },
  { kind: 'lone surrogate', value: 'Mar\uD800ta' },
];

const INTEGERS: BadValue[] = [
  { kind: 'wrong type: string', value: '12' },
  { kind: 'wrong type: float', value: 1.5 },
  { kind: 'negative', value: -1 },
  { kind: 'zero', value: 0 },
  { kind: 'largest 32-bit', value: 2 ** 31 - 1 },
  { kind: 'smallest 32-bit', value: -(2 ** 31) },
  { kind: '2^31', value: 2 ** 31 },
  { kind: '2^53', value: 2 ** 53 },
];

const DECIMALS: BadValue[] = [
  { kind: 'NaN', value: 'NaN' },
  { kind: 'Infinity', value: 'Infinity' },
  { kind: 'exponent', value: '1e400' },
  { kind: 'negative', value: '-105.00' },
  { kind: 'zero', value: '0.00' },
  { kind: 'huge', value: '99999999999999999999999999.99' },
  { kind: 'beyond 2^53 cents', value: '90071992547409.93' },
  { kind: 'three fraction digits', value: '1.005' },
  { kind: 'wrong type: number', value: 105 },
  { kind: 'empty', value: '' },
  { kind: '100,000 characters', value: LONG },
];

const DATES: BadValue[] = [
  { kind: 'impossible date', value: '2026-02-30' },
  { kind: 'malformed date', value: '9999-99-99' },
  { kind: 'year zero', value: '0000-00-00' },
  { kind: 'far past', value: '0001-01-01' },
  { kind: 'far future', value: '9999-12-31' },
  { kind: 'not a date', value: 'next Tuesday' },
  { kind: 'wrong type: number', value: 20260101 },
  { kind: 'empty', value: '' },
  { kind: '100,000 characters', value: LONG },
];

const DATE_TIMES: BadValue[] = [
  { kind: 'malformed instant', value: '9999-99-99T99:99:99Z' },
  { kind: 'impossible date', value: '2026-02-30T10:00:00Z' },
  { kind: 'no offset', value: '2026-12-01T09:00:00' },
  { kind: 'far past', value: '0001-01-01T00:00:00Z' },
  { kind: 'before 1970', value: '1969-12-31T23:30:00Z' },
  { kind: 'after 2038', value: '2099-03-02T09:00:00+02:00' },
  { kind: 'far future', value: '9999-12-31T23:30:00Z' },
  { kind: 'not an instant', value: 'tomorrow morning' },
  { kind: 'wrong type: number', value: 1_767_225_600_000 },
  { kind: 'empty', value: '' },
  { kind: '100,000 characters', value: LONG },
];

const IDS: BadValue[] = [
  ...TEXT.filter((bad) => bad.kind !== 'wrong type: number'),
  { kind: 'wrong type: boolean', value: true },
  { kind: 'not a UUID', value: 'not-a-uuid' },
  { kind: 'integer', value: -1 },
];

const BOOLEANS: BadValue[] = [
  { kind: 'wrong type: string', value: 'true' },
  { kind: 'wrong type: number', value: 1 },
];

const FLOATS: BadValue[] = [
  { kind: 'wrong type: string', value: '1.5' },
  { kind: 'huge', value: 1e308 },
  { kind: 'negative', value: -1.5 },
];

/** A value that looks like a way out of a folder, for what names a file. */
const PATHS: BadValue[] = [
  { kind: 'path traversal', value: '../../../../etc/passwd' },
  { kind: 'absolute path', value: '/etc/passwd' },
  { kind: 'URL', value: 'gs://' },
];

/** The bad values of one input type; `field` lets a name that holds a file path get those too. */
export function badValuesOf(type: GraphQLNamedInputType, field: string): BadValue[] {
  if (isEnumType(type)) {
    const first = type.getValues()[0]?.name ?? 'X';
    return [
      { kind: 'unknown enum value', value: 'NOT_A_VALUE' },
      { kind: 'enum value in lower case', value: first.toLowerCase() },
      { kind: 'wrong type: number', value: 1 },
      { kind: 'empty', value: '' },
    ];
  }
  switch (type.name) {
    case 'String':
      return /source|path|file/i.test(field) ? [...TEXT, ...PATHS] : TEXT;
    case 'ID':
      return IDS;
    case 'Int':
      return INTEGERS;
    case 'Float':
      return FLOATS;
    case 'Boolean':
      return BOOLEANS;
    case 'Decimal':
      return DECIMALS;
    case 'Date':
      return DATES;
    case 'DateTime':
      return DATE_TIMES;
    default:
      // A scalar added to the schema gets at least the text's variants until it has its own.
      return TEXT;
  }
}
