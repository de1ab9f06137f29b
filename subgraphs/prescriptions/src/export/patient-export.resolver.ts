import { exportPartSchema } from '@hospital/kit';
import type { PrescriptionsContext } from '../context.js';

/** Prescriptions's part of a patient's data export (`PatientDataExport.prescriptionsPart`). */
export const PrescriptionsExportPart = exportPartSchema<PrescriptionsContext>(
  'prescriptionsPart',
  (context, patientId) => context.prescriptionsExport.part(context, patientId),
);
