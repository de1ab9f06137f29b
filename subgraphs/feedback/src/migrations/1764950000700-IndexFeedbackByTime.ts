import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `feedbackEntries` lists newest first (created_at, then id, both descending): every
 * entry for STAFF, STAKEHOLDER and ADMIN, one doctor's for a doctor or a filter
 * naming her. Each page is then one range read of an index, however deep, instead
 * of a sort of the whole table. The rating and date filters narrow that range.
 */
export class IndexFeedbackByTime1764950000700 implements MigrationInterface {
  name = 'IndexFeedbackByTime1764950000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'feedback',
      new TableIndex({ name: 'idx_feedback_created', columnNames: ['created_at', 'id'] }),
    );
    await queryRunner.createIndex(
      'feedback',
      new TableIndex({ name: 'idx_feedback_doctor_created', columnNames: ['doctor_id', 'created_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('feedback', 'idx_feedback_doctor_created');
    await queryRunner.dropIndex('feedback', 'idx_feedback_created');
  }
}
