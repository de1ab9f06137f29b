import { parseDecimal } from '@hospital/kit';
import type { ClinicCalendar } from './clinic-calendar.js';

export type CsvKind = 'DELIVERIES' | 'DEPARTMENT_COSTS';

/** The header row of each kind, in the order the columns must come. */
export const HEADERS: Readonly<Record<CsvKind, readonly string[]>> = {
  DELIVERIES: ['delivery_id', 'doctor_id', 'delivered_at', 'delivery_type'],
  DEPARTMENT_COSTS: ['cost_id', 'department_id', 'cost_date', 'amount', 'category'],
};

const KINDS = Object.keys(HEADERS) as CsvKind[];

const columnName = (field: string) =>
  field
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** The kind whose header `fields` are (spaces around names, letter case and a UTF-8 BOM do not matter). */
export function kindOfHeader(fields: readonly string[]): CsvKind | undefined {
  const names = fields.map(columnName).join(',');
  return KINDS.find((kind) => HEADERS[kind].join(',') === names);
}

export const unknownHeader = (fields: readonly string[]) =>
  `the header ${quote(fields.join(','))} is neither ${KINDS.map((kind) => HEADERS[kind].join(',')).join(' nor ')}`;

/**
 * What a valid row becomes: the values of the fact it describes, in the fact table's
 * column order, its id first. Dates are YYYY-MM-DD, instants UTC `YYYY-MM-DD HH:MM:SS.mmm`
 * (what both MariaDB's DATETIME(3) and TypeORM's SQLite datetimes hold), money in cents.
 */
export type FactValues = (string | number)[];

/** Reads the data rows of one kind; `read` adds to `problems` what is wrong with a row instead of returning it. */
export interface RowReader {
  read(fields: readonly string[], problems: string[]): FactValues | undefined;
}

export function rowReader(kind: CsvKind, calendar: ClinicCalendar): RowReader {
  return kind === 'DELIVERIES' ? new DeliveryReader(calendar) : new CostReader();
}

const MAX_SHOWN = 40;

/** A value as a message shows it: quoted, and cut short when it is long. */
export function quote(value: string): string {
  return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}

/** MariaDB counts a VARCHAR's length in characters; a string's length counts UTF-16 units. */
const longerThan = (value: string, max: number) => value.length > max && [...value].length > max;

function text(value: string, column: string, max: number, problems: string[]): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') {
    problems.push(`${column} is blank`);
    return undefined;
  }
  if (longerThan(trimmed, max)) {
    problems.push(`${column} ${quote(trimmed)} is longer than ${max} characters`);
    return undefined;
  }
  return trimmed;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

/** 1000-01-01 to 9999-12-31 is what a DATE or DATETIME column holds; a day's margin keeps every zone's day inside. */
const EARLIEST = Date.UTC(1000, 0, 2);
const LATEST = Date.UTC(9999, 11, 30);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0);
}

/** Milliseconds since the epoch of a calendar date read as UTC midnight, if it is a real date. */
function calendarDate(year: string, month: string, day: string): number | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return Date.UTC(y, m - 1, d);
}

/** `2026-03-29`: a real calendar date, as it is. */
export function parseCalendarDate(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  return calendarDate(year, month, day) === undefined ? undefined : value;
}

/**
 * An ISO 8601 date and time as an instant (ms since the epoch): with `Z` or an offset
 * it is that instant; without one it is a reading of the clinic's wall clock. Seconds
 * are optional, fractions beyond milliseconds are cut off.
 */
export function parseInstant(value: string, calendar: ClinicCalendar): number | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [
    ,
    year = '',
    month = '',
    day = '',
    hour,
    minute,
    second = '0',
    fraction = '',
    zulu,
    sign,
    offsetHours,
    offsetMinutes,
  ] = match;
  const date = calendarDate(year, month, day);
  const h = Number(hour);
  const min = Number(minute);
  const s = Number(second);
  if (date === undefined || h > 23 || min > 59 || s > 59) return undefined;
  const wall = date + ((h * 60 + min) * 60 + s) * 1000 + Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (zulu) return wall;
  if (!sign) return calendar.instantOf(wall);
  const oh = Number(offsetHours);
  const om = Number(offsetMinutes ?? '0');
  if (oh > 23 || om > 59) return undefined;
  return wall - (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
}

const DELIVERY_TYPES = new Map<string, string>([
  ['c_section', 'C_SECTION'],
  ['c-section', 'C_SECTION'],
  ['caesarean', 'C_SECTION'],
  ['cesarean', 'C_SECTION'],
  ['natural', 'NATURAL'],
  ['vaginal', 'NATURAL'],
]);

/** C_SECTION or NATURAL, from any of the spellings the ward's exports use, in any letter case. */
export const deliveryType = (value: string): string | undefined => DELIVERY_TYPES.get(value.trim().toLowerCase());

/** delivery_id,doctor_id,delivered_at,delivery_type → delivery_id, doctor_id, delivered_at, delivery_day, delivery_type */
class DeliveryReader implements RowReader {
  constructor(private readonly calendar: ClinicCalendar) {}

  read([rawId = '', rawDoctor = '', rawAt = '', rawType = '']: readonly string[], problems: string[]) {
    const id = text(rawId, 'delivery_id', 64, problems);
    const doctorId = text(rawDoctor, 'doctor_id', 36, problems);
    const at = rawAt.trim();
    let instant = parseInstant(at, this.calendar);
    if (instant === undefined) {
      problems.push(
        `delivered_at ${quote(at)} is not an ISO 8601 date and time ` +
          '(2026-03-29T14:05:00+03:00, 2026-03-29T11:05:00Z, or 2026-03-29T14:05:00 on the clinic clock)',
      );
    } else if (instant < EARLIEST || instant > LATEST) {
      problems.push(`delivered_at ${quote(at)} is out of range`);
      instant = undefined;
    }
    const type = deliveryType(rawType);
    if (type === undefined) problems.push(`delivery_type ${quote(rawType.trim())} is not C_SECTION or NATURAL`);
    if (id === undefined || doctorId === undefined || instant === undefined || type === undefined) return undefined;
    return [id, doctorId, this.calendar.utcDateTime(instant), this.calendar.dayOf(instant), type];
  }
}

/** cost_id,department_id,cost_date,amount,category → cost_id, department_id, cost_date, amount_cents, category */
class CostReader implements RowReader {
  read(
    [rawId = '', rawDepartment = '', rawDate = '', rawAmount = '', rawCategory = '']: readonly string[],
    problems: string[],
  ) {
    const id = text(rawId, 'cost_id', 64, problems);
    const departmentId = text(rawDepartment, 'department_id', 36, problems);
    const date = parseCalendarDate(rawDate.trim());
    if (date === undefined) problems.push(`cost_date ${quote(rawDate.trim())} is not a calendar date YYYY-MM-DD`);
    const amount = rawAmount.trim();
    let cents = parseDecimal(amount);
    if (cents === undefined) {
      problems.push(`amount ${quote(amount)} is not a decimal with at most 2 fraction digits (12, 12.5, 12.50)`);
    } else if (amount.startsWith('-')) {
      problems.push(`amount ${quote(amount)} is negative`);
      cents = undefined;
    }
    const category = text(rawCategory, 'category', 100, problems);
    if (id === undefined || departmentId === undefined || date === undefined) return undefined;
    if (cents === undefined || category === undefined) return undefined;
    return [id, departmentId, date, cents, category];
  }
}
