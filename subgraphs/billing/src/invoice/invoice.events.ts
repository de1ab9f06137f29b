import type { InvoiceEventPayload } from '@hospital/kit/events';
import type { Invoice } from './invoice.entity.js';

/** The facts every billing event carries: the invoice as it stands after the change. */
export const invoiceFacts = (invoice: Invoice): InvoiceEventPayload => ({
  invoiceId: invoice.id,
  appointmentId: invoice.appointmentId,
  patientId: invoice.patientId,
  doctorId: invoice.doctorId,
  departmentId: invoice.departmentId,
  kind: invoice.kind,
  status: invoice.status,
  subtotalCents: invoice.subtotalCents,
  taxCents: invoice.taxCents,
  totalCents: invoice.totalCents,
  createdAt: invoice.createdAt.toISOString(),
});
