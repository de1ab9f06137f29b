import { allowRowChanges, createTableWithChecks, isSqlite, refuseRowChanges } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Every filter of `auditEvents` is an equality, read newest first: each index ends with (at, id). */
const FILTERED_BY = ['actor_id', 'patient_id', 'action', 'outcome'];

/**
 * What the account the subgraph runs as may do: append and read events, keep its
 * outbox, applied events and dead letters, and see which migrations ran.
 */
const RUNTIME_GRANTS = [
  'SELECT, INSERT ON audit_events',
  'SELECT, INSERT, UPDATE, DELETE ON outbox',
  'SELECT, INSERT, UPDATE, DELETE ON applied_events',
  'SELECT, INSERT, UPDATE, DELETE ON dead_letter_events',
  'SELECT ON schema_migrations',
];

/**
 * The audit trail, append-only in the database itself: triggers refuse every
 * UPDATE and DELETE of a row, whoever asks (SQLite and MariaDB/MySQL alike).
 * On MySQL, when AUDIT_DATABASE_APP_USER names the account the subgraph runs as
 * (`'audit'@'%'`), it is granted what it needs table by table, and on the events
 * SELECT and INSERT only; the migrations run as the schema's owner.
 */
export class CreateAuditEvents1763700000900 implements MigrationInterface {
  name = 'CreateAuditEvents1763700000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'audit_events',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'actor_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'actor_role', type: 'varchar', length: '16', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'outcome', type: 'varchar', length: '8' },
          { name: 'subject_type', type: 'varchar', length: '32' },
          { name: 'subject_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'patient_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '128', isNullable: true },
          { name: 'client_address', type: 'varchar', length: '64', isNullable: true },
        ],
        checks: [{ name: 'chk_audit_events_outcome', expression: "outcome IN ('SUCCESS','DENIED','FAILED')" }],
        indices: [
          { name: 'idx_audit_events_at', columnNames: ['at', 'id'] },
          ...FILTERED_BY.map((column) => ({ name: `idx_audit_events_${column}`, columnNames: [column, 'at', 'id'] })),
        ],
      }),
    );
    await refuseRowChanges(queryRunner, 'audit_events', 'audit events are append-only');
    const mysql = !isSqlite(queryRunner);
    const appUser = process.env['AUDIT_DATABASE_APP_USER'];
    if (!mysql || !appUser) return;
    if (!/^'[\w.-]{1,32}'@'[\w.%-]{1,255}'$/.test(appUser)) {
      throw new Error(`AUDIT_DATABASE_APP_USER must read 'user'@'host', not ${appUser}`);
    }
    for (const grant of RUNTIME_GRANTS) await queryRunner.query(`GRANT ${grant} TO ${appUser}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await allowRowChanges(queryRunner, 'audit_events');
    await queryRunner.dropTable('audit_events');
  }
}
