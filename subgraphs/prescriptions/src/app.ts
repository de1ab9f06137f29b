import {
  AuditTrail,
  createRuntime,
  createSubgraph,
  createVisitDirectory,
  ExportPartService,
  type Subgraph,
  type SubgraphOptions,
  visitsOf,
  type SubgraphModule,
} from '@hospital/kit';
import { CareRelationshipService, CareVisit } from '@hospital/kit/care';
import { AppliedEvent, DeadLetterEvent, OutboxEvent } from '@hospital/kit/events';
import { loadPrescriptionsConfig, PRESCRIPTIONS_PORT } from './config.js';
import { createPrescriptionsLoaders, type PrescriptionsContext, type PrescriptionsServices } from './context.js';
import { migrations } from './migrations/index.js';
import { Prescription } from './prescription/prescription.entity.js';
import { PrescriptionService } from './prescription/prescription.service.js';
import { buildPrescriptionsSchema } from './schema.js';
import { gatherPrescriptionsPart } from './export/patient-export.part.js';
import { consumeAppointments } from './events/appointments.consumer.js';

export { buildPrescriptionsSchema } from './schema.js';
export { loadPrescriptionsConfig, PRESCRIPTIONS_PORT } from './config.js';

export const prescriptionsTables = {
  entities: [Prescription, CareVisit, OutboxEvent, AppliedEvent, DeadLetterEvent],
  migrations,
};

/** Prescriptions: what the doctor of a visit prescribed; who may read them is decided here, by the care projection. */
export async function createPrescriptionsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadPrescriptionsConfig(options.env);
  const runtime = createRuntime(config, prescriptionsTables, options);
  const services: PrescriptionsServices = {
    prescriptions: new PrescriptionService(runtime.uow, runtime.clock),
    care: new CareRelationshipService(runtime.dataSource),
    visitDirectory: createVisitDirectory(config.extra.APPOINTMENTS_URL, config.extra.APPOINTMENTS_TIMEOUT_MS),
    prescriptionsExport: new ExportPartService(runtime.uow, 'prescriptions', gatherPrescriptionsPart),
    audit: new AuditTrail(runtime.uow),
  };

  return createSubgraph<PrescriptionsContext>(runtime, {
    schema: await buildPrescriptionsSchema(),
    context: (base, req) => ({
      ...base,
      ...services,
      loaders: createPrescriptionsLoaders(services, base),
      visits: visitsOf(services.visitDirectory, req.header('authorization')),
    }),
    consume: () => consumeAppointments(runtime),
  });
}

export const prescriptionsModule: SubgraphModule = {
  name: 'prescriptions',
  port: PRESCRIPTIONS_PORT,
  buildSchema: buildPrescriptionsSchema,
  create: createPrescriptionsSubgraph,
  loadConfig: loadPrescriptionsConfig,
  tables: prescriptionsTables,
};
