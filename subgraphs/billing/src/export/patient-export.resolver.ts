import { exportPartSchema } from '@hospital/kit';
import type { BillingContext } from '../context.js';

/** Billing's part of a patient's data export (`PatientDataExport.invoicesPart`). */
export const BillingExportPart = exportPartSchema<BillingContext>('invoicesPart', (context, patientId) =>
  context.billingExport.part(context, patientId),
);
