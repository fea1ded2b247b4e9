#!/usr/bin/env bash
# Starts a throw-away MariaDB (Debian's mariadb-server, no systemd) on 127.0.0.1:${MARIADB_PORT:-3307} with durable
# InnoDB settings and creates database and user autopilot/autopilot.
# Usage: db/mariadb/start.sh [datadir]      Stop: db/mariadb/stop.sh [datadir]
set -euo pipefail
DATA=$(realpath -m "${1:-${MARIADB_DATA:-target/mariadb}}")
PORT=${MARIADB_PORT:-3307}
mkdir -p "$DATA"
if [ ! -d "$DATA/mysql" ]; then
  mariadb-install-db --no-defaults --datadir="$DATA" --user="$(id -un)" --auth-root-authentication-method=socket \
    >"$DATA/install.log" 2>&1
fi
nohup mariadbd --no-defaults --datadir="$DATA" --port="$PORT" --bind-address=127.0.0.1 \
  --socket="$DATA/mariadb.sock" --pid-file="$DATA/mariadb.pid" --user="$(id -un)" \
  --skip-log-bin --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1 \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --max-connections=300 \
  >"$DATA/mariadbd.log" 2>&1 &
for _ in $(seq 1 60); do
  mariadb-admin --no-defaults --socket="$DATA/mariadb.sock" ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb --no-defaults --socket="$DATA/mariadb.sock" -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS autopilot CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'autopilot'@'127.0.0.1' IDENTIFIED BY 'autopilot';
CREATE USER IF NOT EXISTS 'autopilot'@'localhost' IDENTIFIED BY 'autopilot';
GRANT ALL PRIVILEGES ON autopilot.* TO 'autopilot'@'127.0.0.1';
GRANT ALL PRIVILEGES ON autopilot.* TO 'autopilot'@'localhost';
FLUSH PRIVILEGES;
SQL
echo "MariaDB $(mariadb --no-defaults --socket="$DATA/mariadb.sock" -uroot -N -e 'select version()') on 127.0.0.1:$PORT (pid $(cat "$DATA/mariadb.pid"))"
