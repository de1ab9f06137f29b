import { Entity, PrimaryColumn } from 'typeorm';

/**
 * "Doctor X has an appointment with patient Y", projected here from the
 * appointments domain so that a doctor's access to a patient is decided by this
 * subgraph's own data, never by reading another subgraph's database.
 */
@Entity('care_relationships')
export class CareRelationship {
  @PrimaryColumn({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @PrimaryColumn({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;
}
