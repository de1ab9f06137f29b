import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from './subgraphs.js';

/**
 * deploy/mysql/init.sh, run as the mysql image runs it (executed, or sourced by
 * its bash entrypoint) with a stand-in `mysql` on PATH that keeps the SQL it is
 * fed and the option file it reads the root password from: no MySQL server and
 * no Docker are needed to see which databases, users and grants it makes.
 */
const SCRIPT = fileURLToPath(new URL('../../deploy/mysql/init.sh', import.meta.url));
const bash = spawnSync('bash', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'mysql-init-'));
const stub = join(dir, 'mysql');
writeFileSync(
  stub,
  [
    '#!/bin/bash',
    'for arg in "$@"; do case "$arg" in --defaults-extra-file=*) cat "${arg#--defaults-extra-file=}" > "$CAPTURE.cnf";; esac; done',
    'printf "%s\\n" "$@" > "$CAPTURE.args"',
    'cat > "$CAPTURE.sql"',
  ].join('\n'),
);
chmodSync(stub, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASSWORDS: Record<string, string> = {
  ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_DB_PASSWORD`, `${name}-Secret_1`])),
  AUDIT_OWNER_DB_PASSWORD: 'owner-Secret_1',
};

let runs = 0;
function init(env: Record<string, string>, how: 'executed' | 'sourced' = 'executed') {
  const capture = join(dir, `run-${(runs += 1)}`);
  // The entrypoint's own options, under which it sources a script that is not executable.
  const args = how === 'executed' ? [SCRIPT] : ['-c', `set -eo pipefail; . "${SCRIPT}"; echo entrypoint-continues`];
  const result = spawnSync('bash', args, {
    encoding: 'utf8',
    env: { PATH: `${dir}:${process.env['PATH']}`, CAPTURE: capture, MYSQL_ROOT_PASSWORD: 'root-Secret_1', ...env },
  });
  const read = (suffix: string) => {
    try {
      return readFileSync(`${capture}.${suffix}`, 'utf8');
    } catch {
      return undefined;
    }
  };
  return { ...result, sql: read('sql'), cnf: read('cnf'), args: read('args') };
}

describe.runIf(bash)('deploy/mysql/init.sh', () => {
  it("makes each subgraph's database and a user with rights on it alone, with the password .env gives", () => {
    const { status, sql } = init(PASSWORDS);
    expect(status).toBe(0);
    for (const { name } of SUBGRAPHS.filter(({ name }) => name !== 'audit')) {
      expect(sql).toContain(
        `CREATE DATABASE IF NOT EXISTS hospital_${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
      );
      expect(sql).toContain(`CREATE USER IF NOT EXISTS '${name}'@'%' IDENTIFIED BY '${name}-Secret_1';`);
      expect(sql).toContain(`GRANT ALL PRIVILEGES ON hospital_${name}.* TO '${name}'@'%';`);
    }
    expect(sql?.match(/^GRANT /gm)).toHaveLength(SUBGRAPHS.length);
  });

  it("keeps audit's two users: an owner who may grant, and the runtime user with no right until its migration", () => {
    const { sql } = init(PASSWORDS);
    expect(sql).toContain('CREATE DATABASE IF NOT EXISTS hospital_audit');
    expect(sql).toContain("CREATE USER IF NOT EXISTS 'audit_owner'@'%' IDENTIFIED BY 'owner-Secret_1';");
    expect(sql).toContain("GRANT ALL PRIVILEGES ON hospital_audit.* TO 'audit_owner'@'%' WITH GRANT OPTION;");
    expect(sql).toContain("CREATE USER IF NOT EXISTS 'audit'@'%' IDENTIFIED BY 'audit-Secret_1';");
    expect(sql).not.toMatch(/GRANT [^;]* TO 'audit'@/);
  });

  it('speaks as root over the socket, its password in an option file and not on the command line', () => {
    const { cnf, args } = init(PASSWORDS);
    expect(cnf).toBe('[client]\npassword="root-Secret_1"\n');
    expect(args).toContain('--protocol=socket');
    expect(args).toContain('-uroot');
    expect(args).not.toContain('Secret_1');
  });

  it('works sourced by the entrypoint too, and leaves it going', () => {
    const { status, stdout, sql } = init(PASSWORDS, 'sourced');
    expect(status).toBe(0);
    expect(stdout).toContain('entrypoint-continues');
    expect(sql).toContain("CREATE USER IF NOT EXISTS 'audit'@'%'");
  });

  it('stops the first start when a password is missing, or could not stand in a mysql:// URL', () => {
    const { FEEDBACK_DB_PASSWORD: _missing, ...rest } = PASSWORDS;
    for (const how of ['executed', 'sourced'] as const) {
      const missing = init(rest, how);
      expect(missing.status).not.toBe(0);
      expect(missing.stderr).toContain('FEEDBACK_DB_PASSWORD is not set');
      expect(missing.sql).toBeUndefined();
      expect(missing.stdout).not.toContain('entrypoint-continues');
    }
    const unsafe = init({ ...PASSWORDS, BILLING_DB_PASSWORD: "it's@secret" });
    expect(unsafe.status).not.toBe(0);
    expect(unsafe.stderr).toContain('BILLING_DB_PASSWORD must hold only letters, digits');
    expect(unsafe.sql).toBeUndefined();
  });
});
