import {
  createRuntime,
  createSubgraph,
  ExportPartService,
  type Subgraph,
  type SubgraphOptions,
  type SubgraphModule,
} from '@hospital/kit';
import { AppliedEvent, DeadLetterEvent, OutboxEvent } from '@hospital/kit/events';
import { AuditEvent } from './audit-event/audit-event.entity.js';
import { AuditEventService } from './audit-event/audit-event.service.js';
import { AUDIT_PORT, loadAuditConfig } from './config.js';
import type { AuditContext, AuditServices } from './context.js';
import { consumeAuditTrail } from './events/all.consumer.js';
import { migrations } from './migrations/index.js';
import { buildAuditSchema } from './schema.js';
import { gatherAuditPart } from './export/patient-export.part.js';

export { AuditEvent } from './audit-event/audit-event.entity.js';
export { AuditEventService } from './audit-event/audit-event.service.js';
export { buildAuditSchema } from './schema.js';
export { AUDIT_PORT, loadAuditConfig } from './config.js';

export const auditTables = {
  entities: [AuditEvent, OutboxEvent, AppliedEvent, DeadLetterEvent],
  migrations,
};

/** Audit: the append-only trail of who did what to whom, gathered from every subgraph's events. */
export async function createAuditSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadAuditConfig(options.env);
  const runtime = createRuntime(config, auditTables, options);
  const services: AuditServices = {
    auditEvents: new AuditEventService(runtime.dataSource.getRepository(AuditEvent)),
    auditExport: new ExportPartService(runtime.uow, 'audit', gatherAuditPart),
  };
  return createSubgraph<AuditContext>(runtime, {
    schema: await buildAuditSchema(),
    context: (base) => ({ ...base, ...services }),
    consume: () => consumeAuditTrail(runtime, services.auditEvents),
  });
}

export const auditModule: SubgraphModule = {
  name: 'audit',
  port: AUDIT_PORT,
  buildSchema: buildAuditSchema,
  create: createAuditSubgraph,
  loadConfig: loadAuditConfig,
  tables: auditTables,
};
