import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An earlier version of a record, as it read before a revision replaced it; never changed. */
@Entity('medical_record_versions')
export class SealedRecordVersion {
  @PrimaryColumn({ name: 'record_id', type: 'varchar', length: 36 })
  recordId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ name: 'diagnosis_sealed', type: 'text' })
  diagnosisSealed!: string;

  @Column({ name: 'notes_sealed', type: 'text', nullable: true })
  notesSealed!: string | null;

  /** When this version was written (the record's creation, or the revision that made it). */
  @Column({ name: 'changed_at', type: 'datetime', precision: 3 })
  changedAt!: Date;

  @Column({ name: 'changed_by_id', type: 'varchar', length: 36 })
  changedById!: string;
}
