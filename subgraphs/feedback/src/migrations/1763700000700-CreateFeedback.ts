import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Feedback on visits: one per visit, a rating of 1 to 5, and no empty comments (a blank one is stored as null). */
export class CreateFeedback1763700000700 implements MigrationInterface {
  name = 'CreateFeedback1763700000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'feedback',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'appointment_id', type: 'varchar', length: '36' },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'rating', type: 'int' },
          { name: 'comment', type: 'varchar', length: '2000', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        uniques: [{ name: 'uq_feedback_appointment', columnNames: ['appointment_id'] }],
        // Covers the doctors' summaries: SUM and COUNT of a doctor's ratings are read from the index alone.
        indices: [{ name: 'idx_feedback_doctor_rating', columnNames: ['doctor_id', 'rating'] }],
        checks: [
          { name: 'chk_feedback_rating', expression: 'rating >= 1 AND rating <= 5' },
          { name: 'chk_feedback_comment', expression: "comment IS NULL OR comment <> ''" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feedback');
  }
}
