import {
  AuditOutcome,
  AuditTrail,
  forUpdate,
  mustExist,
  newId,
  requireRole,
  requireViewer,
  throwIfInvalid,
  type Caller,
} from '@hospital/kit';
import { enforceAccess } from '@hospital/kit/care';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import type { PatientsLoaders } from '../context.js';
import { Patient } from '../patient/patient.entity.js';
import { SealedRecordVersion } from './medical-record-version.entity.js';
import type { MedicalRecordVersion } from './medical-record-version.type.js';
import type { RecordCipher, SealedPlace } from './medical-record.cipher.js';
import { SealedMedicalRecord } from './medical-record.entity.js';
import type { MedicalRecordInput } from './medical-record.input.js';
import { medicalRecordProblems, recordAccess, RECORD_WRITERS } from './medical-record.rules.js';
import type { MedicalRecord } from './medical-record.type.js';

export class MedicalRecordService {
  private readonly records: Repository<SealedMedicalRecord>;

  private readonly audit: AuditTrail;

  private readonly versions: Repository<SealedRecordVersion>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly cipher: RecordCipher,
  ) {
    this.audit = new AuditTrail(uow);
    this.records = uow.dataSource.getRepository(SealedMedicalRecord);
    this.versions = uow.dataSource.getRepository(SealedRecordVersion);
  }

  /**
   * FORBIDDEN for a caller who may not read them, rather than an empty list that
   * would hide the refusal. A read by anyone but the patient is in the audit trail
   * (one entry per patient's records), committed before they are returned.
   */
  async ofPatient(caller: Caller<PatientsLoaders>, patientId: string): Promise<MedicalRecord[]> {
    const read = async () => {
      const reader = requireViewer(caller.viewer);
      await enforceAccess(recordAccess(reader, patientId, 'read'), reader, patientId, caller.loaders.inCare);
      const sealed = await caller.loaders.medicalRecords.load(patientId);
      return sealed.map((record) => this.open(record));
    };
    // Batched: the charts of a page of patients are recorded in one transaction.
    const entry = { action: 'medicalRecord.read', subjectType: 'MedicalRecord', patientId };
    return caller.loaders.audit.readByOthers(entry, read);
  }

  async add(caller: Caller<PatientsLoaders>, patientId: string, input: MedicalRecordInput): Promise<MedicalRecord> {
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
      ...this.seal({ patientId, recordId: id, version: 1 }, input.diagnosis, input.notes),
      createdAt: now,
      updatedAt: now,
      version: 1,
      revisedById: null,
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

  /**
   * Revises the diagnosis, and the notes when given (kept as they were otherwise):
   * the record becomes its next version, and what it said until now is kept as an
   * earlier version, sealed to its own version number. The record is read FOR
   * UPDATE, so two doctors revising it at once make two versions, one after the
   * other; the author stays the doctor who first wrote it.
   */
  async update(caller: Caller<PatientsLoaders>, id: string, input: MedicalRecordInput): Promise<MedicalRecord> {
    const entry = { action: 'medicalRecord.update', subjectType: 'MedicalRecord', subjectId: id };
    // Refused before the lookup, so that who may not write learns nothing of which ids exist.
    const editor = await this.audit.permit(caller, entry, () => requireRole(caller.viewer, ...RECORD_WRITERS));
    const { patientId } = await mustExist('MedicalRecord', id, this.records.findOneBy({ id }));
    await this.audit.permit(caller, { ...entry, patientId }, () =>
      enforceAccess(recordAccess(editor, patientId, 'write'), editor, patientId, caller.loaders.inCare),
    );
    throwIfInvalid(medicalRecordProblems(input));
    const revised = await this.uow.run(async (manager, emit) => {
      const record = await manager.findOneOrFail(SealedMedicalRecord, { where: { id }, ...forUpdate(manager) });
      const was = this.open(record).current;
      const place = { patientId, recordId: id, version: record.version + 1 };
      await manager.insert(SealedRecordVersion, {
        recordId: id,
        patientId,
        version: record.version,
        ...this.seal({ patientId, recordId: id, version: record.version }, was.diagnosis, was.notes),
        changedAt: was.changedAt,
        changedById: was.changedById,
      });
      const changes = {
        ...this.seal(place, input.diagnosis, input.notes === undefined ? was.notes : input.notes),
        version: place.version,
        revisedById: editor.id,
        updatedAt: new Date(),
      };
      await manager.update(SealedMedicalRecord, { id }, changes);
      this.audit.inside(emit, caller, { ...entry, patientId, outcome: AuditOutcome.SUCCESS });
      return Object.assign(record, changes);
    });
    return this.open(revised);
  }

  /** Every version of a record, oldest first, the current one last. */
  async versionsOf({ loaders }: Caller<PatientsLoaders>, record: MedicalRecord): Promise<MedicalRecordVersion[]> {
    return this.history(record.current, await loaders.recordVersions.load(record.id));
  }

  /**
   * A patient's records, each with every version, for her data export: no check
   * of who asks here, the export makes it (and records it) for the whole.
   */
  async exportOf(patientId: string) {
    const sealed = await this.findForPatients([patientId]);
    const earlier = sealed.length ? await this.findEarlierVersions(sealed.map(({ id }) => id)) : [];
    return sealed.map((row) => {
      const { id, diagnosis, notes, createdAt, updatedAt, version, ...record } = this.open(row);
      const versions = this.history(
        record.current,
        earlier.filter(({ recordId }) => recordId === id),
      );
      return { id, diagnosis, notes, createdAt, updatedAt, version, authorId: row.authorId, versions };
    });
  }

  private history(current: MedicalRecordVersion, earlier: SealedRecordVersion[]): MedicalRecordVersion[] {
    return [
      ...earlier.map((version) => ({
        version: version.version,
        ...this.openText(version, {
          patientId: version.patientId,
          recordId: version.recordId,
          version: version.version,
        }),
        changedAt: version.changedAt,
        changedById: version.changedById,
      })),
      current,
    ];
  }

  findEarlierVersions(recordIds: readonly string[]): Promise<SealedRecordVersion[]> {
    return this.versions.find({ where: { recordId: In([...recordIds]) }, order: { recordId: 'ASC', version: 'ASC' } });
  }

  findForPatients(patientIds: readonly string[]): Promise<SealedMedicalRecord[]> {
    return this.records.find({
      where: { patientId: In([...patientIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Diagnosis and notes sealed to their place; blank notes are none. */
  private seal(
    place: Omit<SealedPlace, 'field'>,
    diagnosis: string,
    notes: string | null | undefined,
  ): Pick<SealedMedicalRecord, 'diagnosisSealed' | 'notesSealed'> {
    const text = notes?.trim();
    return {
      diagnosisSealed: this.cipher.seal(diagnosis.trim(), { ...place, field: 'diagnosis' }),
      notesSealed: text ? this.cipher.seal(text, { ...place, field: 'notes' }) : null,
    };
  }

  private openText(
    sealed: Pick<SealedMedicalRecord, 'diagnosisSealed' | 'notesSealed'>,
    place: Omit<SealedPlace, 'field'>,
  ): Pick<MedicalRecord, 'diagnosis' | 'notes'> {
    return {
      diagnosis: this.cipher.open(sealed.diagnosisSealed, { ...place, field: 'diagnosis' }),
      notes: sealed.notesSealed === null ? null : this.cipher.open(sealed.notesSealed, { ...place, field: 'notes' }),
    };
  }

  private open(record: SealedMedicalRecord): MedicalRecord {
    const text = this.openText(record, { patientId: record.patientId, recordId: record.id, version: record.version });
    return {
      id: record.id,
      ...text,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      author: { id: record.authorId },
      version: record.version,
      patientId: record.patientId,
      current: {
        version: record.version,
        ...text,
        changedAt: record.updatedAt,
        changedById: record.revisedById ?? record.authorId,
      },
    };
  }
}
