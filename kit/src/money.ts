/**
 * Money is kept as an integer count of minor units (cents) everywhere inside, and
 * shown as a Decimal string with two fraction digits outside. No binary floats
 * ever hold an amount.
 */
export type Cents = number;

const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "105", "105.5", "105.50" → 10550; undefined for anything that is not such a decimal. */
export function parseDecimal(text: string): Cents | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

export function formatDecimal(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `amount × numerator / denominator`, rounded half away from zero to a whole cent, in integers. */
export function percentOf(cents: Cents, numerator: number, denominator: number): Cents {
  const product = BigInt(cents) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const quotient = product / divisor;
  const remainder = product % divisor;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const away = twice >= (divisor < 0n ? -divisor : divisor) ? (product < 0n ? -1n : 1n) : 0n;
  return Number(quotient + away);
}
