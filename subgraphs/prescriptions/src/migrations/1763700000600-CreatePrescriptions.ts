import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** No foreign keys: the visit, its doctor and its patient live in other subgraphs' databases. */
export class CreatePrescriptions1763700000600 implements MigrationInterface {
  name = 'CreatePrescriptions1763700000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'prescriptions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'appointment_id', type: 'varchar', length: '36' },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'medication', type: 'varchar', length: '200' },
          { name: 'dosage', type: 'varchar', length: '200' },
          { name: 'days', type: 'int' },
          { name: 'instructions', type: 'varchar', length: '2000', isNullable: true },
          { name: 'issued_at', type: 'datetime', precision: 3 },
        ],
        checks: [{ name: 'chk_prescriptions_days', expression: 'days BETWEEN 1 AND 365' }],
        // A chart reads a patient's prescriptions in order, a visit its own.
        indices: [
          { name: 'idx_prescriptions_patient', columnNames: ['patient_id', 'issued_at'] },
          { name: 'idx_prescriptions_appointment', columnNames: ['appointment_id', 'issued_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('prescriptions');
  }
}
