import { createCareVisitsTable } from '@hospital/kit/care';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Care is decided per visit, so that a rejected or cancelled request stops
 * granting access: care_visits replaces care_relationships (which nothing had
 * filled yet). The table is the kit's, as every subgraph with the care
 * projection has it.
 */
export class CareFromVisits1763700000230 implements MigrationInterface {
  name = 'CareFromVisits1763700000230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createCareVisitsTable(queryRunner);
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
