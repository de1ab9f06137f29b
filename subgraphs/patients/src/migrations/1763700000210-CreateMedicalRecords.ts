import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateMedicalRecords1763700000210 implements MigrationInterface {
  name = 'CreateMedicalRecords1763700000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'medical_records',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'author_id', type: 'varchar', length: '36' },
          { name: 'diagnosis_sealed', type: 'text' },
          { name: 'notes_sealed', type: 'text', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        foreignKeys: [
          {
            name: 'fk_medical_records_patient',
            columnNames: ['patient_id'],
            referencedTableName: 'patients',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        // A chart reads a patient's records in order.
        indices: [{ name: 'idx_medical_records_patient', columnNames: ['patient_id', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('medical_records');
  }
}
