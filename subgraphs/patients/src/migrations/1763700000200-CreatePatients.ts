import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePatients1763700000200 implements MigrationInterface {
  name = 'CreatePatients1763700000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'patients',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'phone', type: 'varchar', length: '16' },
          { name: 'date_of_birth', type: 'date' },
          { name: 'address', type: 'varchar', length: '500' },
          { name: 'gender', type: 'varchar', length: '50', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        uniques: [{ name: 'uq_patients_email', columnNames: ['email'] }],
        // The list pages through patients by name, then id.
        indices: [{ name: 'idx_patients_name', columnNames: ['name', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('patients');
  }
}
