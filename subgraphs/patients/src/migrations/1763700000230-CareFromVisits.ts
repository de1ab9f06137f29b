import { createTableWithChecks } from '@hospital/kit';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Care is decided per visit, so that a rejected or cancelled request stops
 * granting access: care_visits replaces care_relationships (which nothing had
 * filled yet). No foreign keys: a projection's events may arrive in any order.
 */
export class CareFromVisits1763700000230 implements MigrationInterface {
  name = 'CareFromVisits1763700000230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'care_visits',
        columns: [
          { name: 'appointment_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        checks: [
          {
            name: 'chk_care_visits_status',
            expression: "status IN ('PENDING','APPROVED','REJECTED','CANCELLED','COMPLETED','NO_SHOW')",
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'care_visits',
      new TableIndex({ name: 'idx_care_visits_pair', columnNames: ['doctor_id', 'patient_id'] }),
    );
    await queryRunner.dropTable('care_relationships');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'care_relationships',
        columns: [
          { name: 'doctor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36', isPrimary: true },
        ],
      }),
    );
    await queryRunner.dropTable('care_visits');
  }
}
