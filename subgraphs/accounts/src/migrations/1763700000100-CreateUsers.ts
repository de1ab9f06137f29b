import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateUsers1763700000100 implements MigrationInterface {
  name = 'CreateUsers1763700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        checks: [{ name: 'chk_users_role', expression: "role IN ('PATIENT','DOCTOR','STAFF','STAKEHOLDER','ADMIN')" }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('users');
  }
}
