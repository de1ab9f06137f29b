import { exportPartSchema } from '@hospital/kit';
import type { AuditContext } from '../context.js';

/** Audit's part of a patient's data export (`PatientDataExport.auditPart`). */
export const AuditExportPart = exportPartSchema<AuditContext>('auditPart', (context, patientId) =>
  context.auditExport.part(context, patientId),
);
