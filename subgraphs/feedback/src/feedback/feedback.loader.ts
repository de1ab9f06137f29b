import { loaderById } from '@hospital/kit';
import DataLoader from 'dataloader';
import type { FeedbackSummary } from './feedback-summary.js';
import type { Feedback } from './feedback.entity.js';
import type { FeedbackService } from './feedback.service.js';

/** The feedback of each visit asked for in the same tick, in one query; null where none was given. */
export const createFeedbackOfAppointmentLoader = (feedback: FeedbackService) =>
  loaderById(
    (appointmentIds) => feedback.ofAppointments(appointmentIds),
    (row: Feedback) => row.appointmentId,
  );

/** Every doctor's summary asked for in the same tick, in one grouped query. */
export const createFeedbackSummaryLoader = (feedback: FeedbackService) =>
  new DataLoader<string, FeedbackSummary>((doctorIds) => feedback.summariesOf(doctorIds));
