import {
  AuditOutcome,
  AuditTrail,
  enforceAccess,
  mustExist,
  newId,
  requireRole,
  requireViewer,
  throwIfInvalid,
  type UnitOfWork,
} from '@hospital/kit';
import { In, type Repository } from 'typeorm';
import type { Caller } from '../context.js';
import { Patient } from '../patient/patient.entity.js';
import type { RecordCipher } from './medical-record.cipher.js';
import { SealedMedicalRecord } from './medical-record.entity.js';
import type { MedicalRecordInput } from './medical-record.input.js';
import { medicalRecordProblems, recordAccess, RECORD_WRITERS } from './medical-record.rules.js';
import type { MedicalRecord } from './medical-record.type.js';

export class MedicalRecordService {
  private readonly records: Repository<SealedMedicalRecord>;

  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly cipher: RecordCipher,
  ) {
    this.audit = new AuditTrail(uow);
    this.records = uow.dataSource.getRepository(SealedMedicalRecord);
  }

  /**
   * FORBIDDEN for a caller who may not read them, rather than an empty list that
   * would hide the refusal. A read by anyone but the patient is in the audit trail
   * (one entry per patient's records per request), committed before they are returned.
   */
  async ofPatient(caller: Caller, patientId: string): Promise<MedicalRecord[]> {
    const read = async () => {
      const reader = requireViewer(caller.viewer);
      await enforceAccess(recordAccess(reader, patientId, 'read'), reader, patientId, caller.loaders.inCare);
      const sealed = await caller.loaders.medicalRecords.load(patientId);
      return sealed.map((record) => this.open(record));
    };
    if (caller.viewer?.id === patientId) return read();
    return this.audit.read(caller, { action: 'medicalRecord.read', subjectType: 'MedicalRecord', patientId }, read);
  }

  async add(caller: Caller, patientId: string, input: MedicalRecordInput): Promise<MedicalRecord> {
    const entry = { action: 'medicalRecord.create', subjectType: 'MedicalRecord', patientId };
    const author = await this.audit.permit(caller, entry, async () => {
      const writer = requireViewer(caller.viewer);
      await enforceAccess(recordAccess(writer, patientId, 'write'), writer, patientId, caller.loaders.inCare);
      return writer;
    });
    throwIfInvalid(medicalRecordProblems(input));
    const id = newId();
    const now = new Date();
    const record = this.records.create({
      id,
      patientId,
      authorId: author.id,
      diagnosisSealed: this.cipher.seal(input.diagnosis.trim(), contextOf(id, 'diagnosis')),
      notesSealed: this.sealNotes(id, input.notes),
      createdAt: now,
      updatedAt: now,
    });
    await this.uow.run(async (manager, emit) => {
      await mustExist(
        'Patient',
        patientId,
        manager.findOne(Patient, { where: { id: patientId }, select: { id: true } }),
      );
      await manager.insert(SealedMedicalRecord, record);
      this.audit.inside(emit, caller, { ...entry, subjectId: id, outcome: AuditOutcome.SUCCESS });
    });
    return this.open(record);
  }

  /** Rewrites the diagnosis, and the notes when given; the author stays the doctor who wrote the record. */
  async update(caller: Caller, id: string, input: MedicalRecordInput): Promise<MedicalRecord> {
    const entry = { action: 'medicalRecord.update', subjectType: 'MedicalRecord', subjectId: id };
    // Refused before the lookup, so that who may not write learns nothing of which ids exist.
    const editor = await this.audit.permit(caller, entry, () => requireRole(caller.viewer, ...RECORD_WRITERS));
    const existing = await mustExist('MedicalRecord', id, this.records.findOneBy({ id }));
    const { patientId } = existing;
    await this.audit.permit(caller, { ...entry, patientId }, () =>
      enforceAccess(recordAccess(editor, patientId, 'write'), editor, patientId, caller.loaders.inCare),
    );
    throwIfInvalid(medicalRecordProblems(input));
    const changes: Partial<SealedMedicalRecord> = {
      diagnosisSealed: this.cipher.seal(input.diagnosis.trim(), contextOf(id, 'diagnosis')),
      ...(input.notes === undefined ? {} : { notesSealed: this.sealNotes(id, input.notes) }),
      updatedAt: new Date(),
    };
    await this.uow.run(async (manager, emit) => {
      await manager.update(SealedMedicalRecord, { id }, changes);
      this.audit.inside(emit, caller, { ...entry, patientId, outcome: AuditOutcome.SUCCESS });
    });
    return this.open(Object.assign(existing, changes));
  }

  findForPatients(patientIds: readonly string[]): Promise<SealedMedicalRecord[]> {
    return this.records.find({
      where: { patientId: In([...patientIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private sealNotes(id: string, notes: string | null | undefined): string | null {
    const text = notes?.trim();
    return text ? this.cipher.seal(text, contextOf(id, 'notes')) : null;
  }

  private open(record: SealedMedicalRecord): MedicalRecord {
    return {
      id: record.id,
      diagnosis: this.cipher.open(record.diagnosisSealed, contextOf(record.id, 'diagnosis')),
      notes: record.notesSealed === null ? null : this.cipher.open(record.notesSealed, contextOf(record.id, 'notes')),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      author: { id: record.authorId },
    };
  }
}

/** Binds a sealed value to its record and its field. */
const contextOf = (recordId: string, field: 'diagnosis' | 'notes'): string => `medical_records/${recordId}/${field}`;
