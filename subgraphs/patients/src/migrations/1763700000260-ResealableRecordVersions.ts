import { isSqlite } from '@hospital/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'medical_record_versions';
const MESSAGE = 'medical record versions are kept as written';
/** The trigger `refuseRowChanges` made for UPDATE in MedicalRecordVersions1763700000250. */
const REFUSE_ALL = `${TABLE}_no_update`;
const RESEAL_ONLY = `${TABLE}_reseal_only`;
/** Every column but the sealed text: what an earlier version is, and must go on being. */
const KEPT = ['record_id', 'version', 'patient_id', 'changed_at', 'changed_by_id'];

/**
 * A trigger that refuses an UPDATE of a version, or (given `kept`) only one that
 * changes any of those columns, on either dialect.
 */
function refuseUpdate(queryRunner: QueryRunner, name: string, kept?: readonly string[]): Promise<unknown> {
  if (isSqlite(queryRunner)) {
    const when = kept ? `WHEN ${kept.map((column) => `NEW.${column} IS NOT OLD.${column}`).join(' OR ')}` : '';
    return queryRunner.query(
      `CREATE TRIGGER ${name} BEFORE UPDATE ON ${TABLE} ${when}
         BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
    );
  }
  const refuse = `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${MESSAGE}'`;
  const body = kept
    ? `IF NOT (${kept.map((column) => `NEW.${column} <=> OLD.${column}`).join(' AND ')}) THEN ${refuse}; END IF`
    : refuse;
  return queryRunner.query(`CREATE TRIGGER ${name} BEFORE UPDATE ON ${TABLE} FOR EACH ROW ${body}`);
}

/**
 * Rotating the medical-records key (`rekey.ts`) seals every earlier version again
 * under the new key, in its row. The versions stay append-only in all else: an
 * UPDATE may change `diagnosis_sealed` and `notes_sealed` and nothing more, and
 * DELETE is still refused. That lets nobody rewrite what a version said: its text
 * is bound to its patient, record, version and field, so a value that was not
 * sealed for that place by a holder of the key does not open there.
 *
 * The new trigger is made before the old one goes (MySQL runs DDL outside the
 * migration's transaction), so no moment lets an UPDATE of any column through.
 */
export class ResealableRecordVersions1763700000260 implements MigrationInterface {
  name = 'ResealableRecordVersions1763700000260';

  async up(queryRunner: QueryRunner): Promise<void> {
    await refuseUpdate(queryRunner, RESEAL_ONLY, KEPT);
    await queryRunner.query(`DROP TRIGGER ${REFUSE_ALL}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await refuseUpdate(queryRunner, REFUSE_ALL);
    await queryRunner.query(`DROP TRIGGER ${RESEAL_ONLY}`);
  }
}
