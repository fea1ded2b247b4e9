#!/usr/bin/env bash
# Autopilot benchmark driver (see docs/BENCHMARKS.md): starts a durable MariaDB (own instance), Autopilot against it
# with -Xmx1g (app-ear/run), sets up strategies and paper accounts over REST, runs the five measurements and prints a
# summary. Everything it starts it stops again. Output also goes to bench/results/<timestamp>/.
#
#   bench/run.sh
#
# Knobs (environment): MARIADB_PORT (3309), BENCH_DB_DIR (/tmp/mariadb-bench), BENCH_RATE (200 signals/s),
# BENCH_PROBE_RATE (40 signals/s, run first, below saturation),
# BENCH_SECONDS (60), BENCH_WARMUP (10 s), BENCH_ACCOUNTS (100), BENCH_FANOUT_SIGNALS (10), BENCH_FANOUT_WARMUP (40),
# BENCH_TP_WARMUP (100 signals x BENCH_ACCOUNTS orders, not recorded), BENCH_TP_SIGNALS (100 signals x BENCH_ACCOUNTS
# orders), BENCH_DB_THREADS (40 = the datasource's max-pool-size),
# BENCH_JFR=1 (records a Java Flight Recording of the server, profile settings, to <results>/server.jfr).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
PORT=${MARIADB_PORT:-3309}
DB_DIR=${BENCH_DB_DIR:-/tmp/mariadb-bench}
RATE=${BENCH_RATE:-200}
PROBE_RATE=${BENCH_PROBE_RATE:-40}
SECONDS_RUN=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-10}
ACCOUNTS=${BENCH_ACCOUNTS:-100}
FANOUT_SIGNALS=${BENCH_FANOUT_SIGNALS:-10}
FANOUT_WARMUP=${BENCH_FANOUT_WARMUP:-40}
TP_WARMUP=${BENCH_TP_WARMUP:-100}
TP_SIGNALS=${BENCH_TP_SIGNALS:-100}
DB_THREADS=${BENCH_DB_THREADS:-40}
JDBC="jdbc:mysql://127.0.0.1:$PORT/autopilot"
CONNECTOR=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
# written under bench/target while running (app-ear/run rebuilds when files outside */target are newer than the
# build), copied to bench/results/<timestamp> at the end
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/bench/target/$RUN_ID
mkdir -p "$OUT"
exec > >(tee "$OUT/run.log") 2>&1

for port in 8080 8180 9990 9180; do
  if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "port $port is in use; stop that server first"; exit 1; fi
done

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg) =="
if ! mariadb-admin --no-defaults --socket="$DB_DIR/mariadb.sock" ping >/dev/null 2>&1; then
  MARIADB_PORT=$PORT db/mariadb/start.sh "$DB_DIR"
fi
SQL=(mariadb --no-defaults --socket="$DB_DIR/mariadb.sock" -uroot autopilot)
# every run starts empty: database and Artemis journal together (a journal deleted under a kept database would make
# the execution sweep re-send the earlier run's signals during this one)
"${SQL[@]}" -e "drop database autopilot; create database autopilot character set utf8mb4 collate utf8mb4_bin"
"${SQL[@]}" -N -e "select concat('MariaDB ', version(), ', innodb_flush_log_at_trx_commit=', @@innodb_flush_log_at_trx_commit, ', sync_binlog=', @@sync_binlog, ', log_bin=', @@log_bin)"

# app-ear/run would build with `mvnw install`; build through the reactor with `package` instead (never install
# into the shared ~/.m2) and mark the build current so app-ear/run only starts the servers
SERVER=app-ear/target/server
stamp=$SERVER/.autopilot-db-mysql
if [ ! -f "$stamp" ] || [ -n "$(find . -path ./.git -prune -o -path '*/target' -prune -o -path ./.autopilot-data -prune \
      -o -path ./bench -prune -o -path ./docs -prune -o -type f -newer "$stamp" -print -quit)" ]; then
  echo "== building (./mvnw -o -q package -DskipTests -pl app-ear -am -Pmysql) =="
  ./mvnw -o -q package -DskipTests -pl app-ear -am -Pmysql >"$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
fi
touch "$stamp"

rm -rf "${BENCH_DATA_DIR:-/tmp/autopilot-bench-data}"  # fresh Artemis journal (see the database above)
JFR_OPTION=
if [ "${BENCH_JFR:-0}" = 1 ]; then
  JFR_OPTION=" -XX:StartFlightRecording=filename=$OUT/server.jfr,settings=profile,dumponexit=true"
fi
echo "== starting Autopilot (app-ear/run, its 1 GiB heap, MariaDB $JDBC, paper tick 1000 ms) =="
AUTOPILOT_DB=mysql AUTOPILOT_DB_URL=$JDBC AUTOPILOT_DB_USER=autopilot AUTOPILOT_DB_PASSWORD=autopilot \
  AUTOPILOT_PAPER_TICK_MS=1000 AUTOPILOT_JAVA_OPTS="${JFR_OPTION} ${BENCH_JAVA_OPTS:-}" AUTOPILOT_DATA_DIR=${BENCH_DATA_DIR:-/tmp/autopilot-bench-data} \
  nohup app-ear/run >"$OUT/server-run.log" 2>&1 &
RUN_PID=$!
SAMPLER=
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  kill -TERM "$RUN_PID" 2>/dev/null || true
  wait "$RUN_PID" 2>/dev/null || true
  mkdir -p "$ROOT/bench/results" && cp -r "$OUT" "$ROOT/bench/results/$RUN_ID"
}
trap cleanup EXIT
for _ in $(seq 1 400); do
  grep -q "Autopilot is up" "$OUT/server-run.log" 2>/dev/null && break
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$OUT/server-run.log"; exit 1; }
  sleep 1
done
grep -q "Autopilot is up" "$OUT/server-run.log" || { echo "server did not come up"; exit 1; }
WILDFLY_PID=$(pgrep -f -- "-Djboss.home.dir=$ROOT/$SERVER" | head -1)
echo "WildFly pid $WILDFLY_PID: $(tr '\0' ' ' </proc/$WILDFLY_PID/cmdline | grep -o -- '-Xm[sx][^ ]*' | tr '\n' ' ')"

# heap sampler, every second for the whole run: G1 heap used at sample time (garbage included), and the old
# generation's use (what survived young collections: the retained set and the garbage not yet collected from it)
(while kill -0 "$WILDFLY_PID" 2>/dev/null; do
   echo "$(date +%s) $("$JAVA_HOME/bin/jcmd" "$WILDFLY_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1)\
 old $("$JAVA_HOME/bin/jstat" -gc "$WILDFLY_PID" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $8 }')"
   sleep 1
 done) >"$OUT/heap.log" &
SAMPLER=$!

echo "== set-up over REST: 1 intake strategy, 1 fan-out strategy with $ACCOUNTS paper accounts =="
"$JAVA" bench/BenchSetup.java http://localhost:8080 http://localhost:8180 "$ACCOUNTS" "$OUT/setup.env"
source "$OUT/setup.env"  # INTAKE_ID, INTAKE_PATH, FANOUT_ID, FANOUT_PATH, ACCOUNT_IDS

echo "== 1a. webhook acknowledgement latency, open loop, $PROBE_RATE signals/s for $SECONDS_RUN s (after $WARMUP s warm-up) =="
"$JAVA" bench/WebhookLoad.java "http://localhost:8080$INTAKE_PATH" "$PROBE_RATE" "$SECONDS_RUN" "$WARMUP" | tee "$OUT/1a-webhook-probe.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 5

# quiet before the fan-out measurements: every signal fanned out, no delivery waiting (at most 300 s)
quiet() {
  for _ in $(seq 1 300); do
    busy=$("${SQL[@]}" -N -e "select (select count(*) from received_signal s where not exists (select 1 from signal_fan_out f
      where f.signal_id = s.id)) + (select count(*) from signal_delivery where status = 'QUEUED')")
    [ "$busy" = 0 ] && { echo "quiet (waited ${SECONDS_WAITED:-0} s)"; return; }
    sleep 1; SECONDS_WAITED=$(( ${SECONDS_WAITED:-0} + 1 ))
  done
  echo "still busy after 300 s: $busy signals/deliveries open"
}
# CPU seconds (user + system) a process has used so far: the shared machine's other load does not change it
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
MARIADB_PID=$(cat "$DB_DIR/mariadb.pid")
# the database's statement counters, to count what one order costs it
db_counters() { "${SQL[@]}" -N -e "show global status where variable_name in ('Questions', 'Com_select', 'Com_insert',
  'Com_update', 'Com_delete', 'Com_commit', 'Com_xa_prepare', 'Com_xa_commit', 'Handler_commit')" | sort; }
# what a phase cost per order: starts counting, then (with the phase's label, orders and result file) waits until
# the server idles (the work after the venue — execution reports, audit, notifications — counts too) and reports
cost_start() { WF_CPU0=$(cpu_seconds "$WILDFLY_PID"); DB_CPU0=$(cpu_seconds "$MARIADB_PID"); DB_COUNTERS0=$(db_counters); }
cost_report() {
  for _ in $(seq 1 60); do
    c1=$(cpu_seconds "$WILDFLY_PID"); sleep 2
    [ "$(echo "$(cpu_seconds "$WILDFLY_PID") - $c1 < 0.4" | bc)" = 1 ] && break
  done
  echo "RESULT db_statements_per_order$1 $(join <(echo "$DB_COUNTERS0") <(db_counters) | awk -v n="$2" \
    '{ printf "%s=%.1f ", $1, ($3 - $2) / n }')" | tee -a "$3"
  echo "RESULT cpu_ms_per_order$1 server=$(echo "scale=2; ($(cpu_seconds "$WILDFLY_PID") - $WF_CPU0) * 1000 / $2" | bc)\
 database=$(echo "scale=2; ($(cpu_seconds "$MARIADB_PID") - $DB_CPU0) * 1000 / $2" | bc) (CPU time used from the\
 phase's start until the server idled / $2 orders; 2 cores = 2,000 CPU ms per second)" | tee -a "$3"
}

quiet
# what the idle server costs: its CPU over 10 quiet seconds (timers, pollers, the paper market's ticks)
c0=$(cpu_seconds "$WILDFLY_PID"); sleep 10
echo "RESULT idle_server_cpu_ms_per_second=$(echo "scale=1; ($(cpu_seconds "$WILDFLY_PID") - $c0) * 100" | bc)\
 ($ACCOUNTS account workers waiting)" | tee "$OUT/0-idle.txt"
if [ "$FANOUT_WARMUP" -gt 0 ]; then
  # the same measurement, not recorded: the workers of the new accounts start, and the JIT compiles the order path
  # (as in a server that has been trading; measured: without it, compiling takes a fifth of the server's CPU)
  echo "== 2a. warm-up: the same with $FANOUT_WARMUP signals, not recorded =="
  "$JAVA" -cp "$CONNECTOR" bench/FanoutBench.java latency "http://localhost:8080$FANOUT_PATH" "$JDBC" "$ACCOUNT_IDS" \
    "$FANOUT_WARMUP" 5 | sed 's/^RESULT /warm-up /' | tee "$OUT/2a-fanout-warmup.txt"
  sleep 5
fi
echo "== 2. fan-out latency: $FANOUT_SIGNALS signals x $ACCOUNTS accounts, until each SUBMIT is in paper_log =="
cost_start
"$JAVA" -cp "$CONNECTOR" bench/FanoutBench.java latency "http://localhost:8080$FANOUT_PATH" "$JDBC" "$ACCOUNT_IDS" \
  "$FANOUT_SIGNALS" 5 | tee "$OUT/2-fanout.txt"
# one delivery per account at a time: the single-delivery cost (phase 3 batches an account's queued deliveries)
cost_report _fanout $(( (FANOUT_SIGNALS + 1) * ACCOUNTS )) "$OUT/2-fanout.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

SECONDS_WAITED=0; quiet
if [ "$TP_WARMUP" -gt 0 ]; then
  # the same measurement, not recorded: the JIT compiles the batched order path (measured: 0.9 of 4.9 server CPU ms
  # per order went to the compiler in the first 10,000 batched orders after the fan-out phase, 0.1 in the next 10,000)
  echo "== 3a. warm-up: the same with $TP_WARMUP signals, not recorded =="
  "$JAVA" -cp "$CONNECTOR" bench/FanoutBench.java throughput "http://localhost:8080$FANOUT_PATH" "$JDBC" "$ACCOUNT_IDS" \
    "$TP_WARMUP" | sed 's/^RESULT /warm-up /' | tee "$OUT/3a-throughput-warmup.txt"
  SECONDS_WAITED=0; quiet
fi
echo "== 3. order throughput at saturation: $TP_SIGNALS signals x $ACCOUNTS accounts posted at once =="
cost_start
"$JAVA" -cp "$CONNECTOR" bench/FanoutBench.java throughput "http://localhost:8080$FANOUT_PATH" "$JDBC" "$ACCOUNT_IDS" \
  "$TP_SIGNALS" | tee "$OUT/3-throughput.txt"
cost_report "" $(( TP_SIGNALS * ACCOUNTS )) "$OUT/3-throughput.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== 4. raw durable commit rate: $DB_THREADS threads, single-row INSERT, autocommit, 20 s =="
"$JAVA" -cp "$CONNECTOR" bench/CommitRate.java "$JDBC" "$DB_THREADS" 20 | tee "$OUT/4-commits.txt"
echo "== 4b. the same with 1 thread =="
"$JAVA" -cp "$CONNECTOR" bench/CommitRate.java "$JDBC" 1 10 | tee "$OUT/4b-commits-1.txt"

echo "== 1b. floor: the same open-loop schedule, $RATE GET/s on the health endpoint (no database, no JMS) =="
"$JAVA" bench/WebhookLoad.java "http://localhost:8080/trading/health/live" "$RATE" "$SECONDS_RUN" "$WARMUP" GET \
  | sed 's/webhook_ack_ms/health_floor_ms/' | tee "$OUT/1b-health-floor.txt"

# last, because it overloads the server and leaves a backlog behind
echo "== 1. webhook acknowledgement latency, open loop, $RATE signals/s for $SECONDS_RUN s (after $WARMUP s warm-up) =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
T0=$(date -u +'%Y-%m-%d %H:%M:%S' -d "+$((WARMUP + 1)) seconds")
"$JAVA" bench/WebhookLoad.java "http://localhost:8080$INTAKE_PATH" "$RATE" "$SECONDS_RUN" "$WARMUP" | tee "$OUT/1-webhook.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# signals the server accepted (committed) in the measured window, whether or not the client still waited for them
"${SQL[@]}" -N -e "select concat('RESULT intake_accepted_per_second=', round(count(*) / $SECONDS_RUN, 1),
  ' (', count(*), ' signals with received_at in the ', $SECONDS_RUN, ' s window from ', '$T0', ' UTC)')
  from received_signal where strategy_id = '$INTAKE_ID' and received_at >= '$T0'
  and received_at < timestampadd(second, $SECONDS_RUN, '$T0')" | tee -a "$OUT/1-webhook.txt"

kill "$SAMPLER" 2>/dev/null || true; SAMPLER=
MAX_HEAP=$(awk '{gsub("K","",$3); if ($3+0 > m) m = $3+0} END {printf "%.0f", m/1024}' "$OUT/heap.log")
MAX_OLD=$(awk '$4 == "old" && $5 + 0 > m { m = $5 + 0 } END { printf "%.0f", m / 1024 }' "$OUT/heap.log")
echo "RESULT heap_used_max_mib=$MAX_HEAP (Xmx 1024 MiB; $(wc -l <"$OUT/heap.log") samples); old generation used\
 at most $MAX_OLD MiB" | tee "$OUT/5-heap.txt"
TP=$(grep -o 'steady=[0-9.]*' "$OUT/3-throughput.txt" | cut -d= -f2)
DBR=$(grep -o 'db_commits_per_second=[0-9.]*' "$OUT/4-commits.txt" | cut -d= -f2)

echo
echo "================ summary ($OUT) ================"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load now $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h RESULT "$OUT"/[0-5]*.txt
awk -v tp="$TP" -v db="$DBR" 'BEGIN {printf "RESULT orders_per_second / db_commits_per_second = %.3f\n", tp / db}'
