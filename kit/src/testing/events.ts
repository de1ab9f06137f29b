import type {
  AppointmentEventPayload,
  EventCatalogue,
  EventEnvelope,
  EventType,
  InvoiceEventPayload,
  Topic,
} from '../events/catalogue.js';
import type { EventBus } from '../events/event-bus.js';
import { newId } from '../ids.js';

/** The event types whose payload is `Payload` with, at most, fields of their own added. */
type TypesCarrying<Payload> = {
  [T in EventType]: EventCatalogue[T] extends Payload ? T : never;
}[EventType];

export type AppointmentEventType = TypesCarrying<AppointmentEventPayload>;
export type InvoiceEventType = TypesCarrying<InvoiceEventPayload>;

/** What an envelope may be given besides its type and payload; a fresh id and now otherwise. */
export type EnvelopeOverrides = Partial<Pick<EventEnvelope, 'id' | 'occurredAt' | 'origin'>>;

/** A visit as an appointment event carries it: a pending half hour on 7 December 2026, unless `overrides` say otherwise. */
export const appointmentPayload = (overrides: Partial<AppointmentEventPayload> = {}): AppointmentEventPayload => ({
  appointmentId: 'a-1',
  patientId: 'p-1',
  doctorId: 'd-1',
  serviceId: 's-1',
  departmentId: 'dep-1',
  status: 'PENDING',
  start: '2026-12-07T09:00:00.000Z',
  end: '2026-12-07T09:30:00.000Z',
  priceCents: 10_500,
  cancellationFeeCents: null,
  rescheduleCount: 0,
  previousStart: null,
  ...overrides,
});

/** An invoice as a billing event carries it: a pending consultation of 100.00 and 10 % tax, unless `overrides` say otherwise. */
export const invoicePayload = (overrides: Partial<InvoiceEventPayload> = {}): InvoiceEventPayload => ({
  invoiceId: 'i-1',
  appointmentId: 'a-1',
  patientId: 'p-1',
  doctorId: 'd-1',
  departmentId: 'dep-1',
  kind: 'CONSULTATION',
  status: 'PENDING',
  subtotalCents: 10_000,
  taxCents: 1_000,
  totalCents: 11_000,
  createdAt: '2026-12-07T09:30:00.000Z',
  ...overrides,
});

const envelope = <T extends EventType>(
  type: T,
  payload: EventCatalogue[T],
  overrides: EnvelopeOverrides,
): EventEnvelope<T> => ({ id: newId(), type, occurredAt: new Date().toISOString(), payload, ...overrides });

/** An appointment event as appointments publishes it, its payload `appointmentPayload(payload)`. */
export const appointmentEvent = <T extends AppointmentEventType>(
  type: T,
  payload: Partial<AppointmentEventPayload> = {},
  overrides: EnvelopeOverrides = {},
): EventEnvelope<T> => envelope(type, appointmentPayload(payload) as EventCatalogue[T], overrides);

/**
 * An invoice event as billing publishes it, its payload `invoicePayload(payload)`
 * plus the fields of its own a paid, voided or refunded invoice's event carries.
 */
export const invoiceEvent = <T extends InvoiceEventType>(
  type: T,
  payload: Partial<InvoiceEventPayload> & Omit<EventCatalogue[T], keyof InvoiceEventPayload>,
  overrides: EnvelopeOverrides = {},
): EventEnvelope<T> => envelope(type, { ...invoicePayload(), ...payload } as EventCatalogue[T], overrides);

/** An event of any type, for the catalogue's other payloads. */
export const testEvent = <T extends EventType>(
  type: T,
  payload: EventCatalogue[T],
  overrides: EnvelopeOverrides = {},
): EventEnvelope<T> => envelope(type, payload, overrides);

/** What `bus` delivers on `topic` from now on, in order; `ready` settles once it listens. */
export function eventsOn(bus: EventBus, topic: Topic): { events: EventEnvelope[]; ready: Promise<unknown> } {
  const events: EventEnvelope[] = [];
  const ready = bus.subscribe(topic, (event) => {
    events.push(event);
  });
  return { events, ready };
}
