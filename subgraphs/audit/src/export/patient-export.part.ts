import type { ExportPart, GatherPart } from '@hospital/kit';
import { AuditEvent } from '../audit-event/audit-event.entity.js';

/**
 * The audit trail's part of a patient's data export: who read or changed her
 * data (entries naming her as the patient) and what she did herself (as the
 * actor: her sign-ins, say), oldest first. The entries this very export records
 * reach the trail through the outbox, after it is gathered.
 */
export const gatherAuditPart: GatherPart = async (manager, patientId): Promise<ExportPart> => {
  return {
    auditEvents: await manager.find(AuditEvent, {
      where: [{ patientId }, { actorId: patientId }],
      order: { at: 'ASC', id: 'ASC' },
    }),
  };
};
