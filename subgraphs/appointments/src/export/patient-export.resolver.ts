import { exportPartSchema } from '@hospital/kit';
import type { AppointmentsContext } from '../context.js';

/** Appointments's part of a patient's data export (`PatientDataExport.visitsPart`). */
export const AppointmentsExportPart = exportPartSchema<AppointmentsContext>('visitsPart', (context, patientId) =>
  context.appointmentsExport.part(context, patientId),
);
