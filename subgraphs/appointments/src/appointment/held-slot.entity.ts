import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per 30-minute block a PENDING or APPROVED visit occupies. The primary
 * key makes a doctor's block single-occupancy (SLOT_TAKEN), the unique key
 * `uq_held_slots_patient` a patient's (PATIENT_OVERLAP); the rows go when the
 * visit stops holding its slot.
 */
@Entity('held_slots')
export class HeldSlot {
  @PrimaryColumn({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @PrimaryColumn({ name: 'slot_start', type: 'datetime', precision: 3 })
  slotStart!: Date;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId!: string;
}
