import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The outbox keeps, with each event, the trace context and request id of the
 * request that caused it (`EventEnvelope.origin`), so that the trace goes on
 * through the relay and every consumer. Events written before it have none.
 * Every subgraph lists it after its own migrations of that time.
 */
export class OutboxOrigin1764900000000 implements MigrationInterface {
  name = 'OutboxOrigin1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('outbox', new TableColumn({ name: 'origin', type: 'text', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('outbox', 'origin');
  }
}
