import type { SubgraphContext, ExportPartService } from '@hospital/kit';
import type { AuditEventService } from './audit-event/audit-event.service.js';

export interface AuditServices {
  auditEvents: AuditEventService;
  auditExport: ExportPartService;
}

export interface AuditContext extends SubgraphContext, AuditServices {}
