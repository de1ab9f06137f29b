#!/bin/bash
# First-start initialisation of the compose MySQL. docker-compose.yml mounts this
# file into /docker-entrypoint-initdb.d/; the mysql image runs it once, as root,
# against its temporary socket-only server, when the mysql-data volume is empty
# (edits take effect only after `docker compose down -v`). A shell script and not
# SQL because the passwords come from the environment (.env), which an .sql file
# cannot read.
#
# One database per subgraph, and one user per subgraph whose rights cover only
# its own database: a subgraph owns its tables and nobody else reads them
# (DESIGN.md). ALL PRIVILEGES on its own schema lets the subgraph's migrations
# create, alter and drop its tables; it grants nothing on any other database.
#
# Audit is different: an owner, audit_owner, runs the migrations and holds the
# schema WITH GRANT OPTION; the account the subgraph runs as, audit, is created
# here with no rights at all, and the audit migration grants it SELECT and INSERT
# on the audit events (and what it needs on its outbox) and nothing more: no
# UPDATE, no DELETE (triggers refuse them besides).
#
# Every password is required (<NAME>_DB_PASSWORD, AUDIT_OWNER_DB_PASSWORD) and
# must be URL-safe (letters, digits, . _ ~ -): docker-compose.yml writes it into
# the mysql:// URL each service reads. `openssl rand -hex 24` makes one.
#
# The image sources a script that is not executable and runs one that is: this
# one works either way, so it only defines hospital_* names and sets no shell
# option the entrypoint would inherit. On any problem it exits non-zero, which
# stops the container's first start; the volume is then half made (the image
# skips initialisation once its data directory exists), so fix .env and start
# again from `docker compose down -v`.
#
# Adding a subgraph: add its name to HOSPITAL_SUBGRAPHS, its <NAME>_DB_PASSWORD to
# the mysql service's environment in docker-compose.yml and to .env.example.

HOSPITAL_SUBGRAPHS='accounts patients doctors appointments billing prescriptions feedback analytics'

# The value of the variable named $1, when it is set and URL-safe; otherwise says why and fails.
hospital_password() {
  local name="$1"
  local value="${!name:-}"
  if [ -z "$value" ]; then
    echo "init.sh: $name is not set (see .env.example)" >&2
    return 1
  fi
  if [[ ! "$value" =~ ^[A-Za-z0-9._~-]+$ ]]; then
    echo "init.sh: $name must hold only letters, digits and . _ ~ - (it is part of a mysql:// URL)" >&2
    return 1
  fi
  printf '%s' "$value"
}

# The statements, on stdout; the passwords were checked, so they need no quoting beyond '…'.
hospital_statements() {
  local name password owner_password audit_password
  for name in $HOSPITAL_SUBGRAPHS; do
    password="$(hospital_password "${name^^}_DB_PASSWORD")" || return 1
    cat <<SQL
CREATE DATABASE IF NOT EXISTS hospital_${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${name}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON hospital_${name}.* TO '${name}'@'%';
SQL
  done
  owner_password="$(hospital_password AUDIT_OWNER_DB_PASSWORD)" || return 1
  audit_password="$(hospital_password AUDIT_DB_PASSWORD)" || return 1
  cat <<SQL
CREATE DATABASE IF NOT EXISTS hospital_audit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'audit_owner'@'%' IDENTIFIED BY '${owner_password}';
GRANT ALL PRIVILEGES ON hospital_audit.* TO 'audit_owner'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'audit'@'%' IDENTIFIED BY '${audit_password}';
SQL
}

# As root over the temporary server's socket, the password in an option file
# (as the image's own docker_process_sql does), never on a command line.
hospital_init() {
  local statements
  statements="$(hospital_statements)" || return 1
  printf '%s\n' "$statements" |
    mysql --defaults-extra-file=<(printf '[client]\npassword="%s"\n' "${MYSQL_ROOT_PASSWORD:-}") \
      --protocol=socket --socket="${SOCKET:-/var/run/mysqld/mysqld.sock}" -uroot -hlocalhost
}

hospital_init || exit 1
echo "init.sh: created the databases and users of: $HOSPITAL_SUBGRAPHS audit"
