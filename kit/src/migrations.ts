import type { QueryRunner, Table } from 'typeorm';

/**
 * Creates `table` with its CHECK constraints on both dialects. TypeORM's MySQL
 * driver leaves `checks` out of CREATE TABLE without a word, although MySQL 8 and
 * MariaDB 10.2+ enforce them; there they are added with the standard
 * `ALTER TABLE … ADD CONSTRAINT … CHECK`, which SQLite in turn does not know.
 */
export async function createTableWithChecks(queryRunner: QueryRunner, table: Table): Promise<void> {
  await queryRunner.createTable(table);
  const { driver } = queryRunner.connection;
  if (driver.options.type !== 'mysql' && driver.options.type !== 'mariadb') return;
  for (const check of table.checks) {
    if (!check.name || !check.expression) throw new Error(`${table.name}: every CHECK needs a name and an expression`);
    await queryRunner.query(
      `ALTER TABLE ${driver.escape(table.name)} ADD CONSTRAINT ${driver.escape(check.name)} CHECK (${check.expression})`,
    );
  }
}
