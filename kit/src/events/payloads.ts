import { AUDIT_TEXT_LIMITS, AuditOutcome, type AuditEventPayload } from '../audit.js';
import { z } from 'zod';
import type {
  AppointmentEventPayload,
  EventCatalogue,
  EventEnvelope,
  InvoiceEventPayload,
  ScheduleChangedPayload,
  SlotOfferedPayload,
} from './catalogue.js';

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
const instant = z.iso.datetime({ offset: true });
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const appointmentPayload: z.ZodType<AppointmentEventPayload> = z.object({
  appointmentId: id,
  patientId: id,
  doctorId: id,
  serviceId: id,
  departmentId: id,
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED', 'COMPLETED', 'NO_SHOW']),
  start: instant,
  end: instant,
  priceCents: cents,
  cancellationFeeCents: cents.nullable(),
  rescheduleCount: z.number().int().min(0),
  previousStart: instant.nullable(),
  previousDoctorId: id.nullish(),
  previousServiceId: id.nullish(),
});

const invoiceShape = {
  invoiceId: id,
  appointmentId: id,
  patientId: id,
  doctorId: id,
  departmentId: id,
  kind: z.enum(['CONSULTATION', 'CANCELLATION_FEE', 'NO_SHOW_FEE']),
  status: z.enum(['PENDING', 'PAID', 'VOID', 'REFUNDED']),
  subtotalCents: cents,
  taxCents: cents,
  totalCents: cents,
  createdAt: instant,
};
const balanced = (invoice: InvoiceEventPayload) => invoice.totalCents === invoice.subtotalCents + invoice.taxCents;
const unbalanced = { message: 'totalCents is not subtotalCents + taxCents' };

const invoicePayload = z.object(invoiceShape).refine(balanced, unbalanced);

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

const scheduleChangedPayload: z.ZodType<ScheduleChangedPayload> = z.object({
  doctorId: id,
  change: z
    .enum(['WEEKLY', 'TIME_OFF_ADDED', 'TIME_OFF_REMOVED', 'EXTRA_HOURS_ADDED', 'EXTRA_HOURS_REMOVED'])
    .optional(),
  from: instant.optional(),
  to: instant.optional(),
});

const slotOfferedPayload: z.ZodType<SlotOfferedPayload> = z.object({
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

const clinicDate = z.iso.date();

/** What a durable consumer may read, checked before anything is applied. */
const schemas = {
  'audit.recorded': auditPayload,
  'appointments.requested': appointmentPayload,
  'appointments.approved': appointmentPayload,
  'appointments.rejected': appointmentPayload,
  'appointments.cancelled': appointmentPayload,
  'appointments.rescheduled': appointmentPayload,
  'appointments.completed': appointmentPayload,
  'appointments.no-show': appointmentPayload,
  'appointments.slot-offered': slotOfferedPayload,
  'doctors.schedule-changed': scheduleChangedPayload,
  'analytics.report-changed': z.object({ from: clinicDate, to: clinicDate }),
  'billing.invoice-created': invoicePayload,
  'billing.invoice-paid': z.object({ ...invoiceShape, paymentId: id, paidAt: instant }).refine(balanced, unbalanced),
  'billing.invoice-voided': z.object({ ...invoiceShape, voidedAt: instant }).refine(balanced, unbalanced),
  'billing.invoice-refunded': z
    .object({ ...invoiceShape, refundId: id, refundedCents: cents, refundedAt: instant })
    .refine(balanced, unbalanced)
    .refine((refund) => refund.refundedCents <= refund.totalCents, {
      message: 'refundedCents is more than the invoice total',
    }),
  'feedback.submitted': z.object({
    feedbackId: id,
    appointmentId: id,
    patientId: id,
    doctorId: id,
    rating: z.number().int().min(1).max(5),
    submittedAt: instant,
  }),
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
