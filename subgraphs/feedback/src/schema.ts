import { buildFederatedSchema } from '@hospital/kit';
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
    resolvers: [FeedbackResolver, AppointmentFeedbackResolver, DoctorFeedbackSummaryResolver],
    // Nothing here leads to Doctor; it is named so that its summary field is served.
    orphanedTypes: [Doctor],
    references: { Appointment: appointmentReference, Doctor: doctorReference },
  });
