#!/usr/bin/env bash
# Makes sure MariaDB and Redis run locally and are ready, for developers and CI.
#
# - installs mariadb-server / redis-server from Debian's packages if missing
# - starts MariaDB (socket /run/mysqld/mysqld.sock, 127.0.0.1:3306) and Redis
#   (127.0.0.1:6379, nothing kept on disk) if they do not answer
# - creates the password user hospital/hospital for '127.0.0.1' and 'localhost'
#   (Debian's root uses socket auth, so TCP logins as root fail with ERROR 1698),
#   grants it everything on `hospital\_%` (tests create and drop hospital_test_*)
#   and creates one database per subgraph
#
# Idempotent: re-running it on a machine where everything is up changes nothing.
# Override the user with HOSPITAL_DB_USER / HOSPITAL_DB_PASSWORD.
set -euo pipefail

# One database per subgraph: adding a subgraph is adding its name here.
SUBGRAPHS=(accounts patients doctors appointments billing prescriptions feedback analytics audit)

DB_USER="${HOSPITAL_DB_USER:-hospital}"
DB_PASSWORD="${HOSPITAL_DB_PASSWORD:-hospital}"
MARIADB_SOCKET=/run/mysqld/mysqld.sock
MARIADB_DATADIR=/var/lib/mysql
REDIS_HOST=127.0.0.1
REDIS_PORT=6379
WAIT_SECONDS=60

log() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

# Everything below needs root (package installs, starting daemons, socket auth as
# MariaDB's root). Use sudo when run as a normal user.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "run as root (or install sudo)"
  SUDO=(sudo)
fi
as_root() { "${SUDO[@]}" "$@"; }

# wait_until_alive NAME CHECK LOGFILE: polls CHECK each second; on time-out shows the log's tail.
wait_until_alive() {
  local name=$1 check=$2 logfile=$3 i
  for ((i = 0; i < WAIT_SECONDS; i++)); do
    "$check" && { log "$name is up after ${i}s"; return 0; }
    sleep 1
  done
  as_root tail -n 20 "$logfile" >&2 2>/dev/null || true
  die "$name did not answer within ${WAIT_SECONDS}s"
}

# ---------------------------------------------------------------- packages ---
missing=()
{ [ -x /usr/sbin/mariadbd ] && command -v mariadb >/dev/null && command -v mariadb-admin >/dev/null; } \
  || missing+=(mariadb-server mariadb-client)
{ command -v redis-server >/dev/null && command -v redis-cli >/dev/null; } \
  || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]} (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ----------------------------------------------------------------- MariaDB ---
mariadb_root() { as_root mariadb --protocol=socket --socket="$MARIADB_SOCKET" -u root "$@"; }
mariadb_alive() {
  as_root mariadb-admin --protocol=socket --socket="$MARIADB_SOCKET" -u root ping >/dev/null 2>&1
}

if mariadb_alive; then
  log "MariaDB is running"
else
  log "starting MariaDB"
  as_root mkdir -p /run/mysqld /var/log/mysql
  as_root chown mysql:mysql /run/mysqld /var/log/mysql
  if [ ! -d "$MARIADB_DATADIR/mysql" ]; then
    log "initialising MariaDB data directory $MARIADB_DATADIR"
    as_root mkdir -p "$MARIADB_DATADIR"
    as_root chown mysql:mysql "$MARIADB_DATADIR"
    as_root mariadb-install-db --user=mysql --datadir="$MARIADB_DATADIR" >/dev/null
  fi
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_until_alive MariaDB mariadb_alive /var/log/mysql/error.log
fi

# ------------------------------------------------------------------- Redis ---
redis_alive() { [ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }

if redis_alive; then
  log "Redis is running"
else
  log "starting Redis"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" \
    --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_until_alive Redis redis_alive /var/log/redis/ci.log
fi

# ------------------------------------------------------- user and databases ---
sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }   # SQL string literal
user_q=$(sql_quote "$DB_USER")
password_q=$(sql_quote "$DB_PASSWORD")

sql=""
for host in 127.0.0.1 localhost; do
  account="${user_q}@'${host}'"
  sql+="CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY ${password_q};"$'\n'
  sql+="ALTER USER ${account} IDENTIFIED BY ${password_q};"$'\n'
  # hospital\_% : the escaped underscore matches a literal '_' only (backticks are SQL quotes)
  # shellcheck disable=SC2016
  sql+='GRANT ALL PRIVILEGES ON `hospital\_%`.* TO '"${account};"$'\n'
done
for name in "${SUBGRAPHS[@]}"; do
  sql+="CREATE DATABASE IF NOT EXISTS \`hospital_${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"$'\n'
done
sql+="FLUSH PRIVILEGES;"
mariadb_root -e "$sql"
log "user ${DB_USER} and databases $(printf 'hospital_%s ' "${SUBGRAPHS[@]}")ready"

# ------------------------------------------------------------------ verify ---
if ! MYSQL_PWD="$DB_PASSWORD" mariadb -h 127.0.0.1 -P 3306 -u "$DB_USER" -N -e 'select 1' >/dev/null; then
  die "TCP login as ${DB_USER}@127.0.0.1 failed"
fi
log "TCP login as ${DB_USER}@127.0.0.1:3306 works; Redis answers on ${REDIS_HOST}:${REDIS_PORT}"
