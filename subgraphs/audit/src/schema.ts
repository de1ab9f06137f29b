import { buildFederatedSchema } from '@hospital/kit';
import { AuditEventResolver } from './audit-event/audit-event.resolver.js';
import type { AuditContext } from './context.js';
import { AuditExportPart } from './export/patient-export.resolver.js';

export const buildAuditSchema = () =>
  buildFederatedSchema<AuditContext>({ resolvers: [AuditEventResolver], exportPart: AuditExportPart });
