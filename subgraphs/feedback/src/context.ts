import { type SubgraphContext, type RequestVisits, type VisitDirectory, type ExportPartService } from '@hospital/kit';
import { createFeedbackOfAppointmentLoader, createFeedbackSummaryLoader } from './feedback/feedback.loader.js';
import type { DepartmentDirectory, RequestDepartments } from './clients/doctors.client.js';
import type { FeedbackService } from './feedback/feedback.service.js';

export interface FeedbackServices {
  feedback: FeedbackService;
  visitDirectory: VisitDirectory;
  departmentDirectory: DepartmentDirectory;
  feedbackExport: ExportPartService;
}

export const createFeedbackLoaders = ({ feedback }: Pick<FeedbackServices, 'feedback'>) => ({
  feedbackOfAppointment: createFeedbackOfAppointmentLoader(feedback),
  feedbackSummary: createFeedbackSummaryLoader(feedback),
});

export interface FeedbackContext extends SubgraphContext, FeedbackServices {
  loaders: ReturnType<typeof createFeedbackLoaders>;
  /** The appointments subgraph as this request's caller sees it. */
  visits: RequestVisits;
  /** The doctors subgraph's departments as this request's caller sees them. */
  departments: RequestDepartments;
}
