import { AuditBatch, type AuditTrail, type Caller, type SubgraphContext, type ExportPartService } from '@hospital/kit';
import {
  createInvoiceLoader,
  createInvoiceOfAppointmentLoader,
  createInvoicesOfPatientLoader,
} from './invoice/invoice.loader.js';
import type { InvoiceService } from './invoice/invoice.service.js';
import { createPaymentsOfInvoiceLoader } from './payment/payment.loader.js';
import type { PaymentService } from './payment/payment.service.js';

export interface BillingServices {
  invoices: InvoiceService;
  payments: PaymentService;
  billingExport: ExportPartService;
  audit: AuditTrail;
}

/** `audit` records the request's reads of invoices, a tick's in one transaction. */
export const createBillingLoaders = (
  { invoices, payments, audit }: Pick<BillingServices, 'invoices' | 'payments' | 'audit'>,
  caller: Caller,
) => ({
  invoice: createInvoiceLoader(invoices),
  invoiceOfAppointment: createInvoiceOfAppointmentLoader(invoices),
  invoicesOfPatient: createInvoicesOfPatientLoader(invoices),
  paymentsOfInvoice: createPaymentsOfInvoiceLoader(payments),
  audit: new AuditBatch(audit, caller),
});

export type BillingLoaders = ReturnType<typeof createBillingLoaders>;

export interface BillingContext extends SubgraphContext, BillingServices {
  loaders: BillingLoaders;
}
