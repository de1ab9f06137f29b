import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Every subgraph that publishes events lists this migration before its own. */
export class CreateOutbox1763700000000 implements MigrationInterface {
  name = 'CreateOutbox1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'outbox',
        columns: [
          { name: 'sequence', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'id', type: 'varchar', length: '36', isUnique: true },
          { name: 'type', type: 'varchar', length: '100' },
          { name: 'payload', type: 'text' },
          { name: 'occurred_at', type: 'datetime', precision: 3 },
          { name: 'published_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'attempts', type: 'int', default: 0 },
        ],
      }),
    );
    await queryRunner.createIndex(
      'outbox',
      new TableIndex({ name: 'idx_outbox_unpublished', columnNames: ['published_at', 'sequence'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox');
  }
}
