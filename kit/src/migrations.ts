import type { QueryRunner, Table } from 'typeorm';
import { isSqlite } from './database.js';

/**
 * Creates `table` with its CHECK constraints on both dialects. TypeORM's MySQL
 * driver leaves `checks` out of CREATE TABLE without a word, although MySQL 8 and
 * MariaDB 10.2+ enforce them; there they are added with the standard
 * `ALTER TABLE … ADD CONSTRAINT … CHECK`, which SQLite in turn does not know.
 */
export async function createTableWithChecks(queryRunner: QueryRunner, table: Table): Promise<void> {
  await queryRunner.createTable(table);
  if (isSqlite(queryRunner)) return;
  const { driver } = queryRunner.connection;
  for (const check of table.checks) {
    if (!check.name || !check.expression) throw new Error(`${table.name}: every CHECK needs a name and an expression`);
    await queryRunner.query(
      `ALTER TABLE ${driver.escape(table.name)} ADD CONSTRAINT ${driver.escape(check.name)} CHECK (${check.expression})`,
    );
  }
}

const ROW_CHANGES = ['UPDATE', 'DELETE'] as const;

/**
 * Makes `table` append-only in the database itself: triggers refuse every UPDATE
 * and DELETE of a row, whoever asks, with `message` (SQLite and MariaDB/MySQL alike;
 * on MySQL with binary logging a non-SUPER owner needs log_bin_trust_function_creators).
 */
export async function refuseRowChanges(queryRunner: QueryRunner, table: string, message: string): Promise<void> {
  const mysql = !isSqlite(queryRunner);
  for (const change of ROW_CHANGES) {
    const name = `${table}_no_${change.toLowerCase()}`;
    await queryRunner.query(
      mysql
        ? `CREATE TRIGGER ${name} BEFORE ${change} ON ${table} FOR EACH ROW
             SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${message}'`
        : `CREATE TRIGGER ${name} BEFORE ${change} ON ${table}
             BEGIN SELECT RAISE(ABORT, '${message}'); END`,
    );
  }
}

/** Undoes `refuseRowChanges`. */
export async function allowRowChanges(queryRunner: QueryRunner, table: string): Promise<void> {
  for (const change of ROW_CHANGES) {
    await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_${change.toLowerCase()}`);
  }
}
