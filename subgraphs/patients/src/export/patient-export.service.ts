import {
  AuditTrail,
  ExportPartService,
  mustExist,
  PATIENT_EXPORT_TYPE,
  requireExporter,
  ServiceUnavailableError,
  type Caller,
  type ExportPart,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import type { PatientsLoaders } from '../context.js';
import type { MedicalRecordService } from '../medical-record/medical-record.service.js';
import { Patient } from '../patient/patient.entity.js';
import { assembleExport } from './patient-export.document.js';
import { FOREIGN_PARTS, PART_OWNERS, type PatientDataExport } from './patient-export.type.js';

/**
 * A patient's data export: who may have it is decided first (a refusal is in the
 * audit trail), then the gateway gathers every other subgraph's part and this
 * subgraph adds its own (profile, records with every version) into one document.
 * An export missing a part is refused whole, never handed out incomplete.
 */
export class PatientExportService {
  private readonly audit: AuditTrail;

  /** This subgraph's own part: the profile, and the records with every version. */
  private readonly own: ExportPartService;

  constructor(uow: UnitOfWork, medicalRecords: MedicalRecordService) {
    this.audit = new AuditTrail(uow);
    this.own = new ExportPartService(uow, 'patients', async (manager, patientId) => ({
      profile: await mustExist('Patient', patientId, manager.findOneBy(Patient, { id: patientId })),
      medicalRecords: await medicalRecords.exportOf(patientId),
    }));
  }

  /** FORBIDDEN but for the patient herself and ADMIN; NOT_FOUND when the id names no patient. */
  async begin(caller: Caller<PatientsLoaders>, patientId: string): Promise<PatientDataExport> {
    const entry = { action: 'patient.export', subjectType: PATIENT_EXPORT_TYPE, patientId };
    await this.audit.permit(caller, entry, () => requireExporter(caller.viewer, patientId));
    await mustExist('Patient', patientId, caller.loaders.patient.load(patientId));
    return { patientId, generatedAt: new Date() };
  }

  async document(caller: Caller, gathered: PatientDataExport): Promise<ExportPart> {
    const { patientId } = gathered;
    const missing = FOREIGN_PARTS.filter((part) => typeof gathered[part] !== 'object' || gathered[part] === null);
    if (missing.length) {
      const owners = missing.map((part) => PART_OWNERS[part]).join(', ');
      throw new ServiceUnavailableError(owners, `the export lacks ${missing.join(', ')}`);
    }
    const own = await this.own.part(caller, patientId);
    return assembleExport(patientId, [own, ...FOREIGN_PARTS.map((part) => gathered[part] as ExportPart)]);
  }
}
