#!/usr/bin/env bash
# The database stops under load: how fast do the 503s come, and how soon after the database is
# back does the app answer 200 again (docs/performance.md, "Database gone").
#   usage: bench/outage.sh [connections] [seconds]
#   needs: a built jar, wrk, curl and the PostgreSQL server package (a private cluster is made
#   in a temp dir by bench/private-pg.sh; nothing touches the system cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-50}
SECONDS_UNDER_LOAD=${2:-10}
APP_PORT=18090
PG_PORT=55490
WORK=$(mktemp -d)
JAR=$(ls "$PWD"/target/backcare-*.jar | grep -v plain | head -1)
source bench/private-pg.sh
trap 'kill "${APP:-}" 2>/dev/null || true; pg_private_stop "$WORK" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ "$(id -u)" -eq 0 ] && chmod 755 "$WORK"

pg_private_init "$WORK" "$PG_PORT"
pg_private_start "$WORK" "$PG_PORT"
java -jar "$JAR" --spring.profiles.active=postgres --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/backcare" --spring.datasource.username=backcare \
  > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness" && break; sleep 0.5; done
BASE="http://127.0.0.1:$APP_PORT"
# /intake reads the database on every view (no page cache for it), so it shows the outage.
echo "database up:   /intake $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$BASE/intake")"

pg_private_stop "$WORK"
echo "database stopped; $CONNECTIONS connections for $SECONDS_UNDER_LOAD s on /intake:"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_UNDER_LOAD}s" --latency "$BASE/intake" \
  | grep -E "requests in|Requests/sec|Non-2xx|^ +(50|99)%|Latency"
for path in /intake /login /today; do
  echo "  then $path $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H 'Accept: text/html' "$BASE$path")"
done

pg_private_start "$WORK" "$PG_PORT"
BACK=$(date +%s%N)
for _ in $(seq 200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/intake")" = 200 ] && break
  sleep 0.1
done
echo "database back: /intake 200 again after $(( ($(date +%s%N) - BACK) / 1000000 )) ms"
