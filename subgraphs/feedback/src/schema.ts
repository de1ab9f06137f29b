import { buildFederatedSchema } from '@hospital/kit';
import { FeedbackExportPart } from './export/patient-export.resolver.js';
import type { FeedbackContext } from './context.js';
import { Appointment } from './federation/appointments.stub.js';
import { Doctor } from './federation/doctors.stub.js';
import {
  AppointmentFeedbackResolver,
  DoctorFeedbackSummaryResolver,
  FeedbackResolver,
} from './feedback/feedback.resolver.js';

export const buildFeedbackSchema = () =>
  buildFederatedSchema<FeedbackContext>({
    exportPart: FeedbackExportPart,
    resolvers: [FeedbackResolver, AppointmentFeedbackResolver, DoctorFeedbackSummaryResolver],
    // Feedback.doctor leads to Doctor too; it stays named for its summary field.
    orphanedTypes: [Doctor],
    stubs: [Appointment, Doctor],
  });
