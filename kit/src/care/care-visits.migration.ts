import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTableWithChecks } from '../migrations.js';

/**
 * The `care_visits` table of `CareVisit`, the same in every subgraph that keeps
 * the care projection. No foreign keys: a projection's events may arrive in any
 * order.
 */
export async function createCareVisitsTable(queryRunner: QueryRunner): Promise<void> {
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
}

/**
 * A subgraph that keeps the care projection lists this migration, with the kit's
 * `CreateAppliedEvents…` (its consumer records the events it applied).
 */
export class CreateCareVisits1763700000002 implements MigrationInterface {
  name = 'CreateCareVisits1763700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createCareVisitsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('care_visits');
  }
}
