import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What administering accounts needs: whether an account is active (and why not),
 * when its user last signed in, the session version every token carries (raised
 * to end all earlier sessions, and when), and single-use password resets.
 * Columns are added with plain ALTER TABLE, which MariaDB and SQLite both run in
 * place (TypeORM would rebuild the SQLite table and drop its CHECK).
 */
export class AccountAdministration1763700000110 implements MigrationInterface {
  name = 'AccountAdministration1763700000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of [
      'active boolean NOT NULL DEFAULT 1',
      'deactivated_at datetime(3) NULL',
      'deactivation_reason varchar(500) NULL',
      'last_sign_in_at datetime(3) NULL',
      'session_version int NOT NULL DEFAULT 0',
      'sessions_ended_at datetime(3) NULL',
    ]) {
      await queryRunner.query(`ALTER TABLE users ADD COLUMN ${column}`);
    }
    // The administrators' list filters by role and by state, in e-mail order.
    await queryRunner.query('CREATE INDEX idx_users_role ON users (role, email)');
    await queryRunner.query('CREATE INDEX idx_users_active ON users (active, email)');
    // Ends announced again after the registry was lost: only those whose tokens may still be alive.
    await queryRunner.query('CREATE INDEX idx_users_sessions_ended ON users (sessions_ended_at)');
    await queryRunner.createTable(
      new Table({
        name: 'password_resets',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          // SHA-256 of the token, hex: the token itself is shown once, to the administrator who asked.
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'issued_by', type: 'varchar', length: '36' },
          { name: 'issued_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
          { name: 'used_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        foreignKeys: [
          {
            name: 'fk_password_resets_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'idx_password_resets_user', columnNames: ['user_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('password_resets');
    for (const index of ['idx_users_sessions_ended', 'idx_users_active', 'idx_users_role']) {
      await queryRunner.dropIndex('users', index);
    }
    for (const column of [
      'sessions_ended_at',
      'session_version',
      'last_sign_in_at',
      'deactivation_reason',
      'deactivated_at',
      'active',
    ]) {
      await queryRunner.query(`ALTER TABLE users DROP COLUMN ${column}`);
    }
  }
}
