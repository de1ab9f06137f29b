import { exportPartSchema } from '@hospital/kit';
import type { AccountsContext } from '../context.js';

/** Accounts's part of a patient's data export (`PatientDataExport.accountPart`). */
export const AccountsExportPart = exportPartSchema<AccountsContext>('accountPart', (context, patientId) =>
  context.accountsExport.part(context, patientId),
);
