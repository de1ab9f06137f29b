import { AUDIT_TEXT_LIMITS, AuditOutcome, type AuditEventPayload } from '../audit.js';
import { z } from 'zod';
import type { EventCatalogue, EventEnvelope } from './catalogue.js';

/**
 * An event whose content a consumer cannot apply however often it tries (a field
 * missing, a wrong type, an impossible amount). `UnitOfWork.applyOnce` parks such
 * an event in `dead_letter_events` and lets the consumer go on with the next one;
 * any other failure is retried, since it may pass (the database away, a deadlock).
 */
export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
}

const id = z.string().min(1).max(36);
/** ISO 8601 with its offset; events carry UTC. */
const instant = z.iso.datetime({ offset: true });
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Where a visit stands: the one list the events, the care rules and the appointments subgraph's enum follow. */
export const VISIT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const INVOICE_KINDS = ['CONSULTATION', 'CANCELLATION_FEE', 'NO_SHOW_FEE'] as const;
export const INVOICE_STATUSES = ['PENDING', 'PAID', 'VOID', 'REFUNDED'] as const;
export const SCHEDULE_CHANGES = [
  'WEEKLY',
  'TIME_OFF_ADDED',
  'TIME_OFF_REMOVED',
  'EXTRA_HOURS_ADDED',
  'EXTRA_HOURS_REMOVED',
] as const;

/**
 * The shapes below are the one definition of each payload: `catalogue.ts` derives
 * its types from them (`z.infer`), so what a consumer is told it reads and what it
 * is checked to read cannot drift apart.
 */
export const appointmentPayloadSchema = z.object({
  appointmentId: id,
  patientId: id,
  doctorId: id,
  serviceId: id,
  departmentId: id,
  status: z.enum(VISIT_STATUSES),
  start: instant,
  end: instant,
  /** The service's price when the visit was booked. */
  priceCents: cents,
  /** Set on a cancellation (0 when cancelled in time), null otherwise. */
  cancellationFeeCents: cents.nullable(),
  rescheduleCount: z.number().int().min(0),
  /** Where the visit was before a reschedule or an approval at another time; null otherwise. */
  previousStart: instant.nullable(),
  /** A reschedule to another doctor: the one the visit was with before. Absent otherwise. */
  previousDoctorId: id.nullish(),
  /** A reschedule to another service: the one the visit was for before. Absent otherwise. */
  previousServiceId: id.nullish(),
});

const invoiceShape = {
  invoiceId: id,
  appointmentId: id,
  patientId: id,
  doctorId: id,
  departmentId: id,
  kind: z.enum(INVOICE_KINDS),
  status: z.enum(INVOICE_STATUSES),
  /** Net of tax: what analytics counts as revenue. */
  subtotalCents: cents,
  taxCents: cents,
  totalCents: cents,
  createdAt: instant,
};
const balanced = (invoice: z.infer<typeof invoiceBase>) =>
  invoice.totalCents === invoice.subtotalCents + invoice.taxCents;
const unbalanced = { message: 'totalCents is not subtotalCents + taxCents' };

const invoiceBase = z.object(invoiceShape);
export const invoicePayloadSchema = invoiceBase.refine(balanced, unbalanced);
export const invoicePaidPayloadSchema = z
  .object({ ...invoiceShape, paymentId: id, paidAt: instant })
  .refine(balanced, unbalanced);
export const invoiceVoidedPayloadSchema = z.object({ ...invoiceShape, voidedAt: instant }).refine(balanced, unbalanced);
export const invoiceRefundedPayloadSchema = z
  .object({ ...invoiceShape, refundId: id, refundedCents: cents, refundedAt: instant })
  .refine(balanced, unbalanced)
  .refine((refund) => refund.refundedCents <= refund.totalCents, {
    message: 'refundedCents is more than the invoice total',
  });

const nullableText = (max: number) => z.string().min(1).max(max).nullable();
const limits = AUDIT_TEXT_LIMITS;

const auditPayload: z.ZodType<AuditEventPayload> = z.object({
  at: instant,
  actorId: nullableText(limits.actorId),
  actorRole: nullableText(limits.actorRole),
  action: z.string().min(1).max(limits.action),
  outcome: z.enum(AuditOutcome),
  subjectType: z.string().min(1).max(limits.subjectType),
  subjectId: nullableText(limits.subjectId),
  patientId: nullableText(limits.patientId),
  requestId: nullableText(limits.requestId),
  clientAddress: nullableText(limits.clientAddress),
});

export const scheduleChangedPayloadSchema = z.object({
  doctorId: id,
  change: z.enum(SCHEDULE_CHANGES).optional(),
  from: instant.optional(),
  to: instant.optional(),
});

export const slotOfferedPayloadSchema = z.object({
  offerId: id,
  entryId: id,
  patientId: id,
  doctorId: id,
  serviceId: id,
  departmentId: id,
  start: instant,
  end: instant,
  expiresAt: instant,
});

export const feedbackSubmittedPayloadSchema = z.object({
  feedbackId: id,
  appointmentId: id,
  patientId: id,
  doctorId: id,
  rating: z.number().int().min(1).max(5),
  submittedAt: instant,
});

const clinicDate = z.iso.date();
export const reportChangedPayloadSchema = z.object({ from: clinicDate, to: clinicDate });

/** What a durable consumer may read, checked before anything is applied. */
const schemas = {
  'audit.recorded': auditPayload,
  'appointments.requested': appointmentPayloadSchema,
  'appointments.approved': appointmentPayloadSchema,
  'appointments.rejected': appointmentPayloadSchema,
  'appointments.cancelled': appointmentPayloadSchema,
  'appointments.rescheduled': appointmentPayloadSchema,
  'appointments.completed': appointmentPayloadSchema,
  'appointments.no-show': appointmentPayloadSchema,
  'appointments.slot-offered': slotOfferedPayloadSchema,
  'doctors.schedule-changed': scheduleChangedPayloadSchema,
  'analytics.report-changed': reportChangedPayloadSchema,
  'billing.invoice-created': invoicePayloadSchema,
  'billing.invoice-paid': invoicePaidPayloadSchema,
  'billing.invoice-voided': invoiceVoidedPayloadSchema,
  'billing.invoice-refunded': invoiceRefundedPayloadSchema,
  'feedback.submitted': feedbackSubmittedPayloadSchema,
} satisfies { [T in keyof EventCatalogue]?: z.ZodType<EventCatalogue[T]> };

export type CheckedEventType = keyof typeof schemas;

/** The event's payload if it has the shape its type promises; else a MalformedEventError naming each fault. */
export function checkedPayload<T extends CheckedEventType>(event: EventEnvelope<T>): EventCatalogue[T] {
  const schema = schemas[event.type] as z.ZodType<EventCatalogue[T]>;
  const result = schema.safeParse(event.payload);
  if (result.success) return result.data;
  const faults = result.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`);
  throw new MalformedEventError(`${event.type}: ${faults.join('; ')}`);
}
