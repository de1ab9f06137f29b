import { addDays, dateInZone, zonedToUtc } from '@hospital/kit/time';

/**
 * How the app writes times, days and money. Every time is the clinic's (its zone comes
 * from /config.json), whatever zone the browser is in: a patient abroad books 10:00 at
 * the clinic, not 10:00 where she is.
 */
const LOCALE = 'en-GB';

export function formatTime(iso: string, zone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDay(iso: string, zone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string, zone: string): string {
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
}

/** A Decimal string from the API ("1200.5") as money ("1,200.50"); the API never sends floats for money. */
export function formatMoney(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${decimal.startsWith('-') ? '−' : ''}${grouped}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** Today's date at the clinic (YYYY-MM-DD): what Date arguments of the API mean. */
export function clinicToday(zone: string, now: Date = new Date()): string {
  return dateInZone(now, zone);
}

/** A clinic date (YYYY-MM-DD) moved by whole days, by the calendar and not by 24-hour steps. */
export { addDays };

/** A clinic day (YYYY-MM-DD) in words ("Mon 2 Mar"); it is a date, not an instant, so no zone moves it. */
export function formatClinicDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** The instant a clinic day (YYYY-MM-DD) begins, midnight in the clinic's zone (or the first minute after a gap the clocks jump over), as the API's DateTime. */
export function clinicDayStart(date: string, zone: string): string {
  return zonedToUtc(date, 0, zone).toISOString();
}

/** The instants a clinic day spans, from its midnight to the next one (23 or 25 hours when the clocks change). */
export function clinicDaySpan(date: string, zone: string): { from: string; to: string } {
  return { from: clinicDayStart(date, zone), to: clinicDayStart(addDays(date, 1), zone) };
}
