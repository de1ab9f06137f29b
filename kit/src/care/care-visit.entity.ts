import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One visit of the appointments domain, as far as care goes: which doctor, which
 * patient, and where the visit stands. Each subgraph that decides a doctor's
 * access to a patient projects it into its own database from the appointments
 * events, so that the decision rests on its own data, never on another
 * subgraph's database.
 */
@Entity('care_visits')
@Index('idx_care_visits_pair', ['doctorId', 'patientId'])
export class CareVisit {
  @PrimaryColumn({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
