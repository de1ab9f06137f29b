import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isSqlite } from '../database.js';

/** Every subgraph that consumes events durably lists this migration after `CreateAppliedEvents…`. */
export class CreateDeadLetterEvents1763700000003 implements MigrationInterface {
  name = 'CreateDeadLetterEvents1763700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'dead_letter_events',
        columns: [
          { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'type', type: 'varchar', length: '100' },
          // MEDIUMTEXT on MySQL: an envelope is small, but what arrives malformed may not be.
          {
            name: 'event',
            type: isSqlite(queryRunner) ? 'text' : 'mediumtext',
          },
          { name: 'reason', type: 'varchar', length: '2000' },
          { name: 'parked_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'idx_dead_letter_events_parked', columnNames: ['parked_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('dead_letter_events');
  }
}
