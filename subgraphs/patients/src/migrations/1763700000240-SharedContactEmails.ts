import { isSqlite } from '@hospital/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A patient's e-mail is how to reach her, not who she is (her account's e-mail,
 * kept by accounts, is): a newborn is registered with her mother's address. It
 * is no longer unique, and so no error can tell anyone that an address already
 * belongs to a patient of the hospital.
 */
export class SharedContactEmails1763700000240 implements MigrationInterface {
  name = 'SharedContactEmails1763700000240';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM made it a unique index on MySQL and a table constraint on SQLite.
    if (isSqlite(queryRunner)) {
      await queryRunner.dropUniqueConstraint('patients', 'uq_patients_email');
    } else {
      await queryRunner.dropIndex('patients', 'uq_patients_email');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE UNIQUE INDEX uq_patients_email ON patients (email)');
  }
}
