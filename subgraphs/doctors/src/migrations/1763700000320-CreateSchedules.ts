import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Doctors' weekly availability (minutes after midnight, clinic time) and their time off (UTC). */
export class CreateSchedules1763700000320 implements MigrationInterface {
  name = 'CreateSchedules1763700000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'availability_rules',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'day_of_week', type: 'varchar', length: '9' },
          { name: 'start_minute', type: 'int' },
          { name: 'end_minute', type: 'int' },
        ],
        uniques: [
          { name: 'uq_availability_rules_doctor_day_start', columnNames: ['doctor_id', 'day_of_week', 'start_minute'] },
        ],
        foreignKeys: [
          {
            name: 'fk_availability_rules_doctor',
            columnNames: ['doctor_id'],
            referencedTableName: 'doctors',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        checks: [
          {
            name: 'chk_availability_rules_day',
            expression: "day_of_week IN ('MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY')",
          },
          {
            name: 'chk_availability_rules_clinic_hours',
            expression: 'start_minute >= 540 AND end_minute <= 1080 AND start_minute < end_minute',
          },
          { name: 'chk_availability_rules_alignment', expression: 'start_minute % 30 = 0 AND end_minute % 30 = 0' },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'time_off',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'starts_at', type: 'datetime', precision: 3 },
          { name: 'ends_at', type: 'datetime', precision: 3 },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        foreignKeys: [
          {
            name: 'fk_time_off_doctor',
            columnNames: ['doctor_id'],
            referencedTableName: 'doctors',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'idx_time_off_doctor_start', columnNames: ['doctor_id', 'starts_at'] }],
        checks: [{ name: 'chk_time_off_period', expression: 'starts_at < ends_at' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('time_off');
    await queryRunner.dropTable('availability_rules');
  }
}
