import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Active (PENDING or APPROVED) visits of a doctor on a clinic day; a CHECK keeps it within 0–8. */
@Entity('doctor_day_load')
export class DoctorDayLoad {
  @PrimaryColumn({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @PrimaryColumn({ name: 'clinic_day', type: 'varchar', length: 10 })
  clinicDay!: string;

  @Column({ name: 'active_count', type: 'int' })
  activeCount!: number;
}
