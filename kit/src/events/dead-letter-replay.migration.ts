import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Every subgraph that lists `CreateDeadLetterEvents…` lists this one after it: who parked a dead letter, and a replay asked for. */
export class DeadLetterReplay1763700000004 implements MigrationInterface {
  name = 'DeadLetterReplay1763700000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('dead_letter_events', [
      new TableColumn({ name: 'consumer_group', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'replay_requested_at', type: 'datetime', precision: 3, isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'dead_letter_events',
      new TableIndex({ name: 'idx_dead_letter_events_replay', columnNames: ['replay_requested_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('dead_letter_events', 'idx_dead_letter_events_replay');
    await queryRunner.dropColumns('dead_letter_events', ['consumer_group', 'replay_requested_at']);
  }
}
