import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatDecimal, parseDecimal, type Cents } from './money.js';

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${scalar} must be a string`);
  return ast.value;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    throw new GraphQLError('DateTime must be ISO 8601 with a time zone offset, e.g. 2026-12-01T09:30:00Z');
  }
  const date = new Date(value);
  // The engine rolls 30 February over into March; a client meant no such thing.
  if (Number.isNaN(date.getTime()) || !isLocalDate(value.slice(0, 10))) {
    throw new GraphQLError(`DateTime ${value} is not a real moment`);
  }
  return date;
}

/** An instant; accepted with any offset, always returned in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with an offset; returned in UTC, e.g. 2026-12-01T09:30:00.000Z',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) as a string; whether it is a real date is checked here. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError('Date must be a real calendar date written YYYY-MM-DD');
  }
  return value;
}

/** A calendar day in the clinic's time zone, kept as its YYYY-MM-DD text. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: "A calendar date, YYYY-MM-DD, in the clinic's time zone",
  serialize: parseLocalDate,
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(stringLiteral(ast, 'Date')),
});

function parseMoney(value: unknown): Cents {
  const cents = typeof value === 'string' ? parseDecimal(value) : undefined;
  if (cents === undefined) {
    throw new GraphQLError('Decimal must be a string with at most two fraction digits, e.g. "105.00"');
  }
  return cents;
}

/** Money: a string with two fraction digits outside, whole cents inside. */
export const DecimalScalar = new GraphQLScalarType<Cents, string>({
  name: 'Decimal',
  description: 'An exact amount of money as a string with two fraction digits, e.g. "105.00"',
  serialize: (value) => formatDecimal(value as Cents),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(stringLiteral(ast, 'Decimal')),
});
