import { exportPartSchema } from '@hospital/kit';
import type { FeedbackContext } from '../context.js';

/** Feedback's part of a patient's data export (`PatientDataExport.feedbackPart`). */
export const FeedbackExportPart = exportPartSchema<FeedbackContext>('feedbackPart', (context, patientId) =>
  context.feedbackExport.part(context, patientId),
);
