import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Every subgraph that consumes events durably lists this migration. */
export class CreateAppliedEvents1763700000001 implements MigrationInterface {
  name = 'CreateAppliedEvents1763700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'applied_events',
        columns: [
          { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'type', type: 'varchar', length: '100' },
          { name: 'applied_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('applied_events');
  }
}
