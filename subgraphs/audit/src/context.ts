import type { SubgraphContext } from '@hospital/kit';
import type { AuditEventService } from './audit-event/audit-event.service.js';
import type { AuditExportService } from './export/patient-export.service.js';

/** The services every request shares. */
export interface AuditServices {
  auditEvents: AuditEventService;
  auditExport: AuditExportService;
}

export interface AuditContext extends SubgraphContext, AuditServices {}
