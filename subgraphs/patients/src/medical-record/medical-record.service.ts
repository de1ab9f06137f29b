import {
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

  constructor(
    private readonly uow: UnitOfWork,
    private readonly cipher: RecordCipher,
  ) {
    this.records = uow.dataSource.getRepository(SealedMedicalRecord);
  }

  /** FORBIDDEN for a caller who may not read them, rather than an empty list that would hide the refusal. */
  async ofPatient({ viewer, loaders }: Caller, patientId: string): Promise<MedicalRecord[]> {
    const reader = requireViewer(viewer);
    await enforceAccess(recordAccess(reader, patientId, 'read'), reader, patientId, loaders.inCare);
    const sealed = await loaders.medicalRecords.load(patientId);
    return sealed.map((record) => this.open(record));
  }

  async add({ viewer, loaders }: Caller, patientId: string, input: MedicalRecordInput): Promise<MedicalRecord> {
    const author = requireViewer(viewer);
    await enforceAccess(recordAccess(author, patientId, 'write'), author, patientId, loaders.inCare);
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
    await this.uow.run(async (manager) => {
      await mustExist(
        'Patient',
        patientId,
        manager.findOne(Patient, { where: { id: patientId }, select: { id: true } }),
      );
      await manager.insert(SealedMedicalRecord, record);
    });
    return this.open(record);
  }

  /** Rewrites the diagnosis, and the notes when given; the author stays the doctor who wrote the record. */
  async update({ viewer, loaders }: Caller, id: string, input: MedicalRecordInput): Promise<MedicalRecord> {
    // Refused before the lookup, so that who may not write learns nothing of which ids exist.
    const editor = requireRole(viewer, ...RECORD_WRITERS);
    const existing = await mustExist('MedicalRecord', id, this.records.findOneBy({ id }));
    await enforceAccess(recordAccess(editor, existing.patientId, 'write'), editor, existing.patientId, loaders.inCare);
    throwIfInvalid(medicalRecordProblems(input));
    const changes: Partial<SealedMedicalRecord> = {
      diagnosisSealed: this.cipher.seal(input.diagnosis.trim(), contextOf(id, 'diagnosis')),
      ...(input.notes === undefined ? {} : { notesSealed: this.sealNotes(id, input.notes) }),
      updatedAt: new Date(),
    };
    await this.uow.run((manager) => manager.update(SealedMedicalRecord, { id }, changes));
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
