import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `applied_events` keyed by (event, consumer group): two groups of one subgraph
 * reading the same event each apply it once, instead of the second finding the
 * first's record and skipping it. Rows from before keep the group '', which
 * `applyOnce` counts as applied for every group. Every subgraph that lists
 * `CreateAppliedEvents…` lists this one after it.
 */
export class AppliedEventsPerGroup1765000000401 implements MigrationInterface {
  name = 'AppliedEventsPerGroup1765000000401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'applied_events',
      new TableColumn({ name: 'consumer_group', type: 'varchar', length: '100', default: "''" }),
    );
    await queryRunner.dropPrimaryKey('applied_events');
    await queryRunner.createPrimaryKey('applied_events', ['event_id', 'consumer_group']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // One row per event again: the first group's (by name) stays. The derived table lets MariaDB read the table it deletes from.
    await queryRunner.query(
      `DELETE FROM applied_events WHERE consumer_group > (SELECT MIN(m.consumer_group) FROM (SELECT event_id, consumer_group FROM applied_events) m WHERE m.event_id = applied_events.event_id)`,
    );
    await queryRunner.dropPrimaryKey('applied_events');
    await queryRunner.createPrimaryKey('applied_events', ['event_id']);
    await queryRunner.dropColumn('applied_events', 'consumer_group');
  }
}
