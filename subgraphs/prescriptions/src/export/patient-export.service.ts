import { AuditTrail, exportPart, type AuditedRequest, type ExportPart, type UnitOfWork } from '@hospital/kit';
import { Prescription } from '../prescription/prescription.entity.js';

/** Prescriptions' part of a patient's data export: every prescription issued to her. */
export class PrescriptionsExportService {
  private readonly audit: AuditTrail;

  constructor(private readonly uow: UnitOfWork) {
    this.audit = new AuditTrail(uow);
  }

  part(request: AuditedRequest, patientId: string): Promise<ExportPart> {
    return exportPart(this.audit, request, patientId, 'prescriptions', async () => ({
      prescriptions: await this.uow.dataSource.manager.find(Prescription, {
        where: { patientId },
        order: { issuedAt: 'ASC', id: 'ASC' },
      }),
    }));
  }
}
