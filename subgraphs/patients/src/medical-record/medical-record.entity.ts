import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A medical record as stored: its text sealed (see RecordCipher), so a copy of
 * the database or a stray SELECT shows no diagnosis. The GraphQL `MedicalRecord`
 * is what it opens into.
 */
@Entity('medical_records')
@Index('idx_medical_records_patient', ['patientId', 'createdAt'])
export class SealedMedicalRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  /** The doctor who wrote it. */
  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId!: string;

  @Column({ name: 'diagnosis_sealed', type: 'text' })
  diagnosisSealed!: string;

  @Column({ name: 'notes_sealed', type: 'text', nullable: true })
  notesSealed!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  /** 1 as written; each revision adds one, and keeps what it replaced as a `SealedRecordVersion`. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** The doctor who made the current version, when it is a revision. */
  @Column({ name: 'revised_by_id', type: 'varchar', length: 36, nullable: true })
  revisedById!: string | null;
}
