import { loaderById, loaderOfMany } from '@hospital/kit';
import type { Invoice } from './invoice.entity.js';
import type { InvoiceService } from './invoice.service.js';

export const createInvoiceLoader = (invoices: InvoiceService) =>
  loaderById(
    (ids) => invoices.findByIds(ids),
    (invoice: Invoice) => invoice.id,
  );

/** A visit has at most one invoice (a unique key): the loader answers it or null. */
export const createInvoiceOfAppointmentLoader = (invoices: InvoiceService) =>
  loaderById(
    (appointmentIds) => invoices.findByAppointmentIds(appointmentIds),
    (invoice: Invoice) => invoice.appointmentId,
  );

/** Each patient's invoices, newest first, every patient asked in a tick in one query. */
export const createInvoicesOfPatientLoader = (invoices: InvoiceService) =>
  loaderOfMany(
    (patientIds) => invoices.findByPatientIds(patientIds),
    (invoice: Invoice) => invoice.patientId,
  );
