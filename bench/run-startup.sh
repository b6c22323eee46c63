#!/usr/bin/env bash
# Start-up benchmark of the first README command: seconds from the command to the first page (HTTP 200 on /).
# Not a test. Runs the README command exactly (./mvnw spring-boot:run -Dmaven.test.skip) with its own port, SMTP port
# and a fresh working directory, so ./data is empty (first start: Flyway, demo register, generated demo scenario)
# unless BENCH_KEEP_DATA=1 names an existing one. The Maven cache is what it is (warm here); pass -o for offline.
#   bench/run-startup.sh            # fresh data (first start)
#   BENCH_DIR=/tmp/x BENCH_KEEP_DATA=1 bench/run-startup.sh   # second start on the data of a previous run
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
SMTP=${BENCH_SMTP_PORT:-13025}
DIR=${BENCH_DIR:-$(mktemp -d /tmp/ecei-startup.XXXXXX)}
[ "${BENCH_KEEP_DATA:-0}" = 1 ] || rm -rf "$DIR/data"
mkdir -p "$DIR"
LOG="$DIR/startup.log"
start=$(date +%s.%N)
./mvnw -B spring-boot:run -Dmaven.test.skip "$@" \
  -Dspring-boot.run.workingDirectory="$DIR" \
  -Dspring-boot.run.arguments="--server.port=$PORT --ecei.mail.embedded-smtp.port=$SMTP" >"$LOG" 2>&1 &
pid=$!
cleanup() { pkill -TERM -P "$pid" 2>/dev/null || true; kill -- "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT
code=000
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
  [ "$code" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { echo "The application stopped; see $LOG" >&2; tail -30 "$LOG" >&2; exit 1; }
  sleep 0.25
done
end=$(date +%s.%N)
[ "$code" = 200 ] || { echo "No page after 150 s; see $LOG" >&2; exit 1; }
secs=$(echo "$end - $start" | bc)
grep -q 'Keycloak\|keycloak-quarkus-dist' "$LOG" && kc="yes" || kc="no"
grep -q 'Not compiling test sources' "$LOG" && tc="no" || tc="yes"
load=$(cut -d' ' -f1 /proc/loadavg)
printf 'first page after %.1f s (goal < 40 s on a warm cache); test compilation: %s; Keycloak unpack: %s; load average %s on %s cores; data: %s/data\n' \
  "$secs" "$tc" "$kc" "$load" "$(nproc)" "$DIR"
grep -m1 'Demo scenario for' "$LOG" | sed 's/.*: //' || true
grep -m1 'is running: open' "$LOG" || true
