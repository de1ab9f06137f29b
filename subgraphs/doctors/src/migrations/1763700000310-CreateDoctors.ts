import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDoctors1763700000310 implements MigrationInterface {
  name = 'CreateDoctors1763700000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'doctors',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'phone', type: 'varchar', length: '16' },
          { name: 'specialty', type: 'varchar', length: '120' },
          { name: 'license_number', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        uniques: [
          { name: 'uq_doctors_email', columnNames: ['email'] },
          { name: 'uq_doctors_license_number', columnNames: ['license_number'] },
        ],
        foreignKeys: [
          {
            name: 'fk_doctors_department',
            columnNames: ['department_id'],
            referencedTableName: 'departments',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        // The doctor list pages by (name, id), over everyone or within a department.
        indices: [
          { name: 'idx_doctors_name', columnNames: ['name', 'id'] },
          { name: 'idx_doctors_department_name', columnNames: ['department_id', 'name', 'id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('doctors');
  }
}
