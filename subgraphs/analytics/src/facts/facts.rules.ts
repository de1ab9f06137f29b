import { dateInZone, percentOf, type Cents } from '@hospital/kit';
import { MalformedEventError, type AppointmentEventPayload } from '@hospital/kit/events';

/** The clinic day an instant (ISO 8601) falls on: the day a fact counts on. */
export const clinicDay = (instant: string, timeZone: string): string => dateInZone(new Date(instant), timeZone);

/**
 * The part of a refund that was revenue: the refund gives back tax too, and
 * revenue is counted net of tax. A whole refund takes back the whole subtotal; a
 * part of one takes back the same share of it, to the cent (half away from zero).
 */
export function refundedRevenue(subtotalCents: Cents, totalCents: Cents, refundedCents: Cents): Cents {
  if (totalCents === 0) return 0;
  return Math.min(subtotalCents, percentOf(subtotalCents, refundedCents, totalCents));
}

/** The endings of a visit that analytics keeps, by the event that announces them. */
export const VISIT_ENDINGS = {
  'appointments.completed': 'COMPLETED',
  'appointments.no-show': 'NO_SHOW',
  'appointments.cancelled': 'CANCELLED',
} as const satisfies Record<string, AppointmentEventPayload['status']>;

export type VisitEndingEvent = keyof typeof VISIT_ENDINGS;
export type VisitEnding = (typeof VISIT_ENDINGS)[VisitEndingEvent];

/** The visit's ending; an event whose payload says otherwise than its type is malformed. */
export function visitEnding(type: VisitEndingEvent, visit: AppointmentEventPayload): VisitEnding {
  const ending = VISIT_ENDINGS[type];
  if (visit.status !== ending) throw new MalformedEventError(`${type} carries status ${visit.status}`);
  return ending;
}

/** What a visit's ending adds to its doctor's day. */
export function doctorDayCounts(ending: VisitEnding): { completed: number } | { no_shows: number } | undefined {
  if (ending === 'COMPLETED') return { completed: 1 };
  if (ending === 'NO_SHOW') return { no_shows: 1 };
  return undefined;
}
