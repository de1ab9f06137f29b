import { AuditTrail, exportPart, type AuditedRequest, type ExportPart, type UnitOfWork } from '@hospital/kit';
import { Feedback } from '../feedback/feedback.entity.js';

/** Feedback's part of a patient's data export: the ratings and comments she gave. */
export class FeedbackExportService {
  private readonly audit: AuditTrail;

  constructor(private readonly uow: UnitOfWork) {
    this.audit = new AuditTrail(uow);
  }

  part(request: AuditedRequest, patientId: string): Promise<ExportPart> {
    return exportPart(this.audit, request, patientId, 'feedback', async () => ({
      feedback: await this.uow.dataSource.manager.find(Feedback, {
        where: { patientId },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    }));
  }
}
