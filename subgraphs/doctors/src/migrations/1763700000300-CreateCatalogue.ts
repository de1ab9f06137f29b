import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Departments and the medical services each offers. */
export class CreateCatalogue1763700000300 implements MigrationInterface {
  name = 'CreateCatalogue1763700000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'departments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        uniques: [{ name: 'uq_departments_name', columnNames: ['name'] }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'medical_services',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'duration_minutes', type: 'int' },
          { name: 'price_cents', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        uniques: [{ name: 'uq_medical_services_department_name', columnNames: ['department_id', 'name'] }],
        foreignKeys: [
          {
            name: 'fk_medical_services_department',
            columnNames: ['department_id'],
            referencedTableName: 'departments',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        checks: [
          {
            name: 'chk_medical_services_duration',
            expression: 'duration_minutes > 0 AND duration_minutes <= 480 AND duration_minutes % 30 = 0',
          },
          { name: 'chk_medical_services_price', expression: 'price_cents >= 0 AND price_cents <= 100000000' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('medical_services');
    await queryRunner.dropTable('departments');
  }
}
