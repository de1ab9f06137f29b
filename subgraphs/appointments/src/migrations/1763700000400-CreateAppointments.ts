import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Appointments, the slots they hold and each doctor's active visits per clinic day. */
export class CreateAppointments1763700000400 implements MigrationInterface {
  name = 'CreateAppointments1763700000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'appointments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'starts_at', type: 'datetime', precision: 3 },
          { name: 'ends_at', type: 'datetime', precision: 3 },
          { name: 'clinic_day', type: 'varchar', length: '10' },
          { name: 'reason', type: 'varchar', length: '1000' },
          { name: 'rejection_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'cancellation_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'cancellation_fee_cents', type: 'int', isNullable: true },
          { name: 'price_cents', type: 'int' },
          { name: 'duration_minutes', type: 'int' },
          { name: 'reschedule_count', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          { name: 'idx_appointments_start', columnNames: ['starts_at', 'id'] },
          { name: 'idx_appointments_patient_start', columnNames: ['patient_id', 'starts_at'] },
          { name: 'idx_appointments_doctor_status_start', columnNames: ['doctor_id', 'status', 'starts_at'] },
        ],
        checks: [
          {
            name: 'chk_appointments_status',
            expression: "status IN ('PENDING','APPROVED','REJECTED','CANCELLED','COMPLETED','NO_SHOW')",
          },
          { name: 'chk_appointments_reschedules', expression: 'reschedule_count >= 0 AND reschedule_count <= 2' },
          { name: 'chk_appointments_period', expression: 'starts_at < ends_at' },
          { name: 'chk_appointments_money', expression: 'price_cents >= 0 AND cancellation_fee_cents >= 0' },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'held_slots',
        columns: [
          { name: 'doctor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'slot_start', type: 'datetime', precision: 3, isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'appointment_id', type: 'varchar', length: '36' },
        ],
        uniques: [{ name: 'uq_held_slots_patient', columnNames: ['patient_id', 'slot_start'] }],
        indices: [{ name: 'idx_held_slots_appointment', columnNames: ['appointment_id'] }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'doctor_day_load',
        columns: [
          { name: 'doctor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'clinic_day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'active_count', type: 'int' },
        ],
        checks: [{ name: 'chk_doctor_day_load_cap', expression: 'active_count >= 0 AND active_count <= 8' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('doctor_day_load');
    await queryRunner.dropTable('held_slots');
    await queryRunner.dropTable('appointments');
  }
}
