#!/usr/bin/env bash
# Stops the MariaDB started by db/mariadb/start.sh [datadir].
set -euo pipefail
DATA=$(realpath -m "${1:-${MARIADB_DATA:-target/mariadb}}")
if [ -f "$DATA/mariadb.pid" ]; then
  kill "$(cat "$DATA/mariadb.pid")" && echo "stopped MariaDB in $DATA"
fi
