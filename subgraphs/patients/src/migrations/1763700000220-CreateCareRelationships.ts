import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Fed by the appointments domain's events; no foreign key, as a projection may arrive in any order. */
export class CreateCareRelationships1763700000220 implements MigrationInterface {
  name = 'CreateCareRelationships1763700000220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'care_relationships',
        columns: [
          { name: 'doctor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36', isPrimary: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('care_relationships');
  }
}
