import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Doctors' extra hours: windows of one clinic day (minutes after midnight, clinic
 * time), and the 30-minute blocks each covers, whose key keeps a doctor's windows
 * of one day from overlapping.
 */
export class CreateExtraHours1765000000200 implements MigrationInterface {
  name = 'CreateExtraHours1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'extra_hours',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'clinic_day', type: 'varchar', length: '10' },
          { name: 'start_minute', type: 'int' },
          { name: 'end_minute', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        uniques: [
          { name: 'uq_extra_hours_doctor_day_start', columnNames: ['doctor_id', 'clinic_day', 'start_minute'] },
        ],
        foreignKeys: [
          {
            name: 'fk_extra_hours_doctor',
            columnNames: ['doctor_id'],
            referencedTableName: 'doctors',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        checks: [
          {
            name: 'chk_extra_hours_clinic_hours',
            expression: 'start_minute >= 540 AND end_minute <= 1080 AND start_minute < end_minute',
          },
          { name: 'chk_extra_hours_alignment', expression: 'start_minute % 30 = 0 AND end_minute % 30 = 0' },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'extra_hours_blocks',
        columns: [
          { name: 'doctor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'clinic_day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'block_minute', type: 'int', isPrimary: true },
          { name: 'extra_hours_id', type: 'varchar', length: '36' },
        ],
        foreignKeys: [
          {
            name: 'fk_extra_hours_blocks_window',
            columnNames: ['extra_hours_id'],
            referencedTableName: 'extra_hours',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'idx_extra_hours_blocks_window', columnNames: ['extra_hours_id'] }],
        checks: [
          {
            name: 'chk_extra_hours_blocks_grid',
            expression: 'block_minute >= 540 AND block_minute < 1080 AND block_minute % 30 = 0',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('extra_hours_blocks');
    await queryRunner.dropTable('extra_hours');
  }
}
