import {
  createRuntime,
  createSubgraph,
  createVisitDirectory,
  ExportPartService,
  type Subgraph,
  type SubgraphOptions,
  visitsOf,
  type SubgraphModule,
} from '@hospital/kit';
import { OutboxEvent } from '@hospital/kit/events';
import { FEEDBACK_PORT, loadFeedbackConfig } from './config.js';
import { createDepartmentDirectory, departmentsOf } from './clients/doctors.client.js';
import { createFeedbackLoaders, type FeedbackContext, type FeedbackServices } from './context.js';
import { Feedback } from './feedback/feedback.entity.js';
import { FeedbackService } from './feedback/feedback.service.js';
import { migrations } from './migrations/index.js';
import { buildFeedbackSchema } from './schema.js';
import { gatherFeedbackPart } from './export/patient-export.part.js';

export { buildFeedbackSchema } from './schema.js';
export { FEEDBACK_PORT, loadFeedbackConfig } from './config.js';

export const feedbackTables = { entities: [Feedback, OutboxEvent], migrations };

/** Feedback: patients' ratings of their completed visits, and each doctor's rating summary. */
export async function createFeedbackSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadFeedbackConfig(options.env);
  const runtime = createRuntime(config, feedbackTables, options);
  const services: FeedbackServices = {
    feedback: new FeedbackService(runtime.uow, runtime.clock),
    visitDirectory: createVisitDirectory(config.extra.APPOINTMENTS_URL, config.extra.APPOINTMENTS_TIMEOUT_MS),
    departmentDirectory: createDepartmentDirectory(config.extra.DOCTORS_URL, config.extra.DOCTORS_TIMEOUT_MS),
    feedbackExport: new ExportPartService(runtime.uow, 'feedback', gatherFeedbackPart),
  };

  return createSubgraph<FeedbackContext>(runtime, {
    schema: await buildFeedbackSchema(),
    context: (base, req) => ({
      ...base,
      ...services,
      loaders: createFeedbackLoaders(services),
      visits: visitsOf(services.visitDirectory, req.header('authorization')),
      departments: departmentsOf(services.departmentDirectory, req.header('authorization')),
    }),
  });
}

export const feedbackModule: SubgraphModule = {
  name: 'feedback',
  port: FEEDBACK_PORT,
  buildSchema: buildFeedbackSchema,
  create: createFeedbackSubgraph,
  loadConfig: loadFeedbackConfig,
  tables: feedbackTables,
};
