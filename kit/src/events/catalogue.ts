import type { z } from 'zod';
import type { AuditEventPayload } from '../audit.js';
import type {
  appointmentPayloadSchema,
  feedbackSubmittedPayloadSchema,
  invoicePaidPayloadSchema,
  invoicePayloadSchema,
  invoiceRefundedPayloadSchema,
  invoiceVoidedPayloadSchema,
  reportChangedPayloadSchema,
  scheduleChangedPayloadSchema,
  slotOfferedPayloadSchema,
} from './payloads.js';

/**
 * Every event a subgraph publishes, by type, with the payload it carries. A
 * consumer imports this map, so a payload change is a compile error wherever the
 * event is read. Payloads hold ids and facts, never personal data: events are
 * copied to Redis and to other subgraphs' stores.
 */
export interface EventCatalogue {
  'accounts.user-registered': { userId: string; role: string };
  /** An entry of the audit trail, from whichever subgraph the act happened in (the audit subgraph keeps it). */
  'audit.recorded': AuditEventPayload;
  'patients.patient-registered': { patientId: string; selfRegistered: boolean };
  'doctors.doctor-created': { doctorId: string; departmentId: string };
  'doctors.doctor-updated': { doctorId: string; departmentId: string };
  'doctors.medical-service-created': {
    serviceId: string;
    departmentId: string;
    durationMinutes: number;
    priceCents: number;
  };
  /**
   * A doctor's hours changed. `change` says how and `from`/`to` (ISO 8601, UTC) bound
   * the time it touches where it has bounds (time off, extra hours); a new weekly
   * pattern touches every week from now on and carries none. Consumers read the
   * schedule as it now stands from the doctors subgraph.
   */
  'doctors.schedule-changed': ScheduleChangedPayload;
  'appointments.requested': AppointmentEventPayload;
  'appointments.approved': AppointmentEventPayload;
  'appointments.rejected': AppointmentEventPayload;
  'appointments.cancelled': AppointmentEventPayload;
  'appointments.rescheduled': AppointmentEventPayload;
  'appointments.completed': AppointmentEventPayload;
  'appointments.no-show': AppointmentEventPayload;
  /** A freed slot offered to a waiting patient, until `expiresAt`. */
  'appointments.slot-offered': SlotOfferedPayload;
  'billing.invoice-created': InvoiceEventPayload;
  'billing.invoice-paid': z.infer<typeof invoicePaidPayloadSchema>;
  'billing.invoice-voided': z.infer<typeof invoiceVoidedPayloadSchema>;
  'billing.invoice-refunded': z.infer<typeof invoiceRefundedPayloadSchema>;
  'feedback.submitted': z.infer<typeof feedbackSubmittedPayloadSchema>;
  /** Figures of these clinic days changed (a payment, a refund, an imported cost): reports over them are stale. */
  'analytics.report-changed': z.infer<typeof reportChangedPayloadSchema>;
}

export type ScheduleChangedPayload = z.infer<typeof scheduleChangedPayloadSchema>;

/** Times ISO 8601, UTC. */
export type SlotOfferedPayload = z.infer<typeof slotOfferedPayloadSchema>;

/**
 * Every appointment event carries the visit as it stands after the change: billing
 * reads the price and the fee, notifications and the lobby the times, the patients
 * subgraph the doctor–patient pair. Times are ISO 8601 strings (UTC).
 */
export type AppointmentEventPayload = z.infer<typeof appointmentPayloadSchema>;

/**
 * Every money change carries the invoice as it stands after it, with what the
 * business department's reports group by (department, doctor) and the amounts in
 * cents; analytics reads revenue net of tax from `subtotalCents`.
 */
export type InvoiceEventPayload = z.infer<typeof invoicePayloadSchema>;

export type EventType = keyof EventCatalogue;

/**
 * Where live listeners tune in: every event goes out on the channel of its type,
 * an appointment's also on its doctor's and its patient's lobby, and a slot
 * offer on its patient's alone, so that a gateway listens to exactly the lobbies
 * its subscribers watch.
 */
export type LobbyTopic = `lobby.doctor.${string}` | `lobby.patient.${string}`;
export type Topic = EventType | LobbyTopic;

export const doctorLobby = (doctorId: string): LobbyTopic => `lobby.doctor.${doctorId}`;
export const patientLobby = (patientId: string): LobbyTopic => `lobby.patient.${patientId}`;

const APPOINTMENT_EVENT = /^appointments\./;

/** Every topic an event is published on. */
export function topicsOf(event: EventEnvelope): Topic[] {
  if (!APPOINTMENT_EVENT.test(event.type)) return [event.type];
  // An offer is the waiting patient's news: no doctor's lobby announces it.
  if (event.type === 'appointments.slot-offered') {
    return [event.type, patientLobby((event.payload as SlotOfferedPayload).patientId)];
  }
  const { doctorId, patientId } = event.payload as AppointmentEventPayload;
  return [event.type, doctorLobby(doctorId), patientLobby(patientId)];
}

export interface EventEnvelope<T extends EventType = EventType> {
  /** Unique per event; consumers record it so that a redelivery counts once. */
  id: string;
  type: T;
  /** ISO 8601, UTC. */
  occurredAt: string;
  payload: EventCatalogue[T];
  /** The request that caused it, when one did (absent from events written before origins were kept). */
  origin?: EventOrigin;
}

/**
 * What an event carries of the request that caused it: its trace context (W3C
 * `traceparent`, `tracestate`) and its request id, so that whoever applies it,
 * however much later and wherever, continues that trace and logs that id.
 */
export interface EventOrigin {
  traceparent?: string;
  tracestate?: string;
  requestId?: string;
}
