import { allowRowChanges, createTableWithChecks, refuseRowChanges } from '@hospital/kit';
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Revising a record keeps what it said: the record carries its version number and
 * who last revised it, and each earlier version (sealed as the record is) is a row
 * of `medical_record_versions`, one per record and version (the primary key), that
 * nobody changes or deletes (triggers). Existing records are version 1.
 */
export class MedicalRecordVersions1763700000250 implements MigrationInterface {
  name = 'MedicalRecordVersions1763700000250';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('medical_records', [
      new TableColumn({ name: 'version', type: 'int', default: 1 }),
      new TableColumn({ name: 'revised_by_id', type: 'varchar', length: '36', isNullable: true }),
    ]);
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'medical_record_versions',
        columns: [
          { name: 'record_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'version', type: 'int', isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'diagnosis_sealed', type: 'text' },
          { name: 'notes_sealed', type: 'text', isNullable: true },
          { name: 'changed_at', type: 'datetime', precision: 3 },
          { name: 'changed_by_id', type: 'varchar', length: '36' },
        ],
        checks: [{ name: 'chk_medical_record_versions_version', expression: 'version >= 1' }],
        foreignKeys: [
          {
            name: 'fk_medical_record_versions_record',
            columnNames: ['record_id'],
            referencedTableName: 'medical_records',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
      }),
    );
    await refuseRowChanges(queryRunner, 'medical_record_versions', 'medical record versions are kept as written');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await allowRowChanges(queryRunner, 'medical_record_versions');
    await queryRunner.dropTable('medical_record_versions');
    await queryRunner.dropColumn('medical_records', 'revised_by_id');
    await queryRunner.dropColumn('medical_records', 'version');
  }
}
