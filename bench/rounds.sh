#!/usr/bin/env bash
# Rounds of one load on one live server, with the CPU each thread group of WildFly and MariaDB used per unit of work
# (docs/BENCHMARKS.md, "Stop 11"): for comparing code versions back to back, not for the issue's targets (that is
# bench/run.sh). Starts Autopilot against the benchmark's MariaDB (start it first:
# MARIADB_PORT=3309 db/mariadb/start.sh /tmp/mariadb-bench), sets up 100 paper accounts, runs the rounds, stops it.
#
#   bench/rounds.sh throughput   # 40 fan-out signals to warm up, then ROUNDS (2) rounds of SIGNALS (100) x 100 orders
#   bench/rounds.sh intake       # 30 s at 40/s to warm up, then ROUNDS (2) rounds of 10 + 40 s at 200 signals/s
#
# Knobs (environment): ROUNDS, SIGNALS, TRADED (intake: first this many signals x 100 orders),
# DETAIL (any value: also CPU per unit by thread name), WEBHOOK_LATENCY_LOG (intake: every request of round r in <file>.r, see bench/WebhookLoad.java), JAVA_OPTS (added to the server's, e.g. a flight recording), MARIADB_PORT.
# Thread groups: workers (account workers and the audit appender), artemis (the broker's and the message listeners'
# threads), http (request threads), jit, gc. Build first (the script only starts what is built):
# ./mvnw -o -q package -DskipTests -pl app-ear -am -Pmysql
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MODE=${1:?throughput or intake}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
PORT=${MARIADB_PORT:-3309}
DB_DIR=${BENCH_DB_DIR:-/tmp/mariadb-bench}
JDBC="jdbc:mysql://127.0.0.1:$PORT/autopilot"
CONNECTOR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
SQL=(mariadb --no-defaults --socket="$DB_DIR/mariadb.sock" -uroot)
OUT=$(mktemp -d)

"${SQL[@]}" -e "drop database if exists autopilot; create database autopilot character set utf8mb4 collate utf8mb4_bin"
rm -rf /tmp/autopilot-rounds-data
touch app-ear/target/server/.autopilot-db-mysql  # built with -Pmysql: app-ear/run only starts the servers
AUTOPILOT_DB=mysql AUTOPILOT_DB_URL=$JDBC AUTOPILOT_DB_USER=autopilot AUTOPILOT_DB_PASSWORD=autopilot \
  AUTOPILOT_PAPER_TICK_MS=1000 AUTOPILOT_JAVA_OPTS="${JAVA_OPTS:-}" \
  AUTOPILOT_DATA_DIR=/tmp/autopilot-rounds-data setsid nohup app-ear/run >"$OUT/server.log" 2>&1 &
RUN_PID=$!
trap 'kill -TERM "$RUN_PID" 2>/dev/null || true; wait "$RUN_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q "Autopilot is up" "$OUT/server.log" && break; sleep 1; done
"$JAVA" bench/BenchSetup.java http://localhost:8080 http://localhost:8180 100 "$OUT/setup.env" >/dev/null
source "$OUT/setup.env"  # INTAKE_PATH, FANOUT_PATH, ACCOUNT_IDS
WF=$(pgrep -f -- "-Djboss.home.dir=$ROOT/app-ear/target/server" | head -1)
DB=$(cat "$DB_DIR/mariadb.pid")

# every thread's CPU ticks (user, system) and name
threads() {
  for t in /proc/"$WF"/task/*; do
    s=$(cat "$t/stat" 2>/dev/null) || continue
    rest=${s##*) }
    set -- $rest
    echo "$(basename "$t") ${12} ${13} $(tr ' ' '_' <"$t/comm")"
  done | sort
}
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU ms per unit between two thread snapshots, by thread group (ticks are 10 ms)
report() {
  join "$1" "$2" | awk -v n="$3" -v label="$4" -v db="$5" -v unit="$UNIT" '{
    name = $4; gsub(/[0-9]+/, "N", name)
    if (name ~ /Compiler/) g = "jit"; else if (name ~ /GC|G1|GN_/) g = "gc"
    else if (name ~ /activ/) g = "artemis"; else if (name ~ /ManagedThrea/) g = "workers"
    else if (name ~ /default_task|I\/O/) g = "http"; else g = "other"
    cpu[g] += $5 - $2 + $6 - $3; total += $5 - $2 + $6 - $3
  } END {
    printf "%s: server %.2f, MariaDB %.2f CPU ms per %s:", label, total * 10 / n, db * 10 / n, unit
    for (g in cpu) if (cpu[g] * 10 / n >= 0.05) printf " %s=%.2f", g, cpu[g] * 10 / n
    printf "\n"
  }'
}
idle() {
  for _ in $(seq 1 120); do
    c=$(ticks "$WF"); sleep 2
    [ $(( $(ticks "$WF") - c )) -lt 40 ] && return
  done
}

sleep 10
if [ "$MODE" = throughput ]; then
  UNIT=order
  for _ in $(seq 1 40); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
      -d '{"ticker":"AAPL","action":"buy","quantity":1}' "http://localhost:8080$FANOUT_PATH"
    sleep 1.5
  done
  idle
else
  UNIT=signal
  if [ "${TRADED:-0}" -gt 0 ]; then  # the state bench/run.sh measures the intake in: after heavy trading
    "$JAVA" -cp "$CONNECTOR" bench/FanoutBench.java throughput "http://localhost:8080$FANOUT_PATH" "$JDBC" \
      "$ACCOUNT_IDS" "$TRADED" | grep RESULT
    idle
  fi
  "$JAVA" bench/WebhookLoad.java "http://localhost:8080$INTAKE_PATH" 40 30 10 | grep RESULT
fi
for r in $(seq 1 "${ROUNDS:-2}"); do
  threads >"$OUT/t0"; d0=$(ticks "$DB")
  if [ "$MODE" = throughput ]; then
    n=$(( ${SIGNALS:-100} * 100 ))
    "$JAVA" -cp "$CONNECTOR" bench/FanoutBench.java throughput "http://localhost:8080$FANOUT_PATH" "$JDBC" \
      "$ACCOUNT_IDS" "${SIGNALS:-100}" | grep RESULT
    idle
  else
    n=10000  # the 10 s warm-up's 2,000 requests fall between the snapshots too
    WEBHOOK_LATENCY_LOG=${WEBHOOK_LATENCY_LOG:+$WEBHOOK_LATENCY_LOG.$r} \
      "$JAVA" bench/WebhookLoad.java "http://localhost:8080$INTAKE_PATH" 200 40 10 | grep RESULT
    sleep 3
  fi
  threads >"$OUT/t1"
  report "$OUT/t0" "$OUT/t1" "$n" "round $r" $(( $(ticks "$DB") - d0 ))
  if [ -n "${DETAIL:-}" ]; then  # the busiest thread names (digits folded), CPU ms per unit
    join "$OUT/t0" "$OUT/t1" | awk -v n="$n" '{ name = $4; gsub(/[0-9]+/, "N", name); cpu[name] += $5 - $2 + $6 - $3 }
      END { for (k in cpu) if (cpu[k] * 10 / n >= 0.03) printf "  %.2f %s\n", cpu[k] * 10 / n, k }' | sort -rn
  fi
done
