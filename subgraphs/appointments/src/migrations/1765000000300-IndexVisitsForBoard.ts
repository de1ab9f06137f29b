import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The schedule board reads, for a roster of doctors, the visits starting in a
 * range of days with their status and end: one range per doctor of this index,
 * which holds every column the read needs, so no row is visited and a quarter's
 * board costs one statement however many visits it counts.
 */
export class IndexVisitsForBoard1765000000300 implements MigrationInterface {
  name = 'IndexVisitsForBoard1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'appointments',
      new TableIndex({
        name: 'idx_appointments_board',
        columnNames: ['doctor_id', 'starts_at', 'status', 'ends_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('appointments', 'idx_appointments_board');
  }
}
