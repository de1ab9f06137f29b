import { buildFederatedSchema } from '@hospital/kit';
import { FeedbackExportPart } from './export/patient-export.resolver.js';
import type { FeedbackContext } from './context.js';
import { appointmentReference, doctorReference } from './federation/references.js';
import { Doctor } from './federation/stubs.js';
import {
  AppointmentFeedbackResolver,
  DoctorFeedbackSummaryResolver,
  FeedbackResolver,
} from './feedback/feedback.resolver.js';

export const buildFeedbackSchema = () =>
  buildFederatedSchema<FeedbackContext>({
    exportPart: FeedbackExportPart,
    resolvers: [FeedbackResolver, AppointmentFeedbackResolver, DoctorFeedbackSummaryResolver],
    // Nothing here leads to Doctor; it is named so that its summary field is served.
    orphanedTypes: [Doctor],
    references: { Appointment: appointmentReference, Doctor: doctorReference },
  });
