import { buildFederatedSchema } from '@hospital/kit';
import type { BillingContext } from './context.js';
import { BillingExportPart } from './export/patient-export.resolver.js';
import { Appointment } from './federation/appointments.stub.js';
import { Patient } from './federation/patients.stub.js';
import { invoiceReference } from './invoice/invoice.reference.js';
import { AppointmentInvoiceResolver, InvoiceResolver, PatientInvoicesResolver } from './invoice/invoice.resolver.js';
import { PaymentResolver } from './payment/payment.resolver.js';

export const buildBillingSchema = () =>
  buildFederatedSchema<BillingContext>({
    exportPart: BillingExportPart,
    resolvers: [InvoiceResolver, PaymentResolver, PatientInvoicesResolver, AppointmentInvoiceResolver],
    stubs: [Patient, Appointment],
    references: { Invoice: invoiceReference },
  });
