#!/usr/bin/env bash
# kill -9 while answers are being stored, restart, and compare what was acknowledged (a 302
# to /assessments/{id} sent) with what is in the database. Every acknowledged write must be
# there (docs/performance.md, "Crash").
#   usage: bench/crash.sh [h2|postgres] [writers] [seconds before the kill]
#   needs: a built jar; for h2 the H2 jar in ~/.m2; for postgres a server on localhost:5432
#   with database, user and password "backcare" (PGURL overrides), and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=${1:-h2}
WRITERS=${2:-8}
KILL_AFTER=${3:-4}
PORT=18089
WORK=$(mktemp -d)
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
trap 'kill -9 "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

case "$DATABASE" in
  h2)
    H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | head -1)
    ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/db") ;;
  postgres)
    PGURL=${PGURL:-jdbc:postgresql://localhost:5432/backcare}
    ARGS=(--spring.profiles.active=postgres --spring.datasource.url="$PGURL" --spring.datasource.username=backcare
      --spring.datasource.password=backcare)
    PGPASSWORD=backcare psql -q -h localhost -U backcare backcare -c "truncate assessment" 2>/dev/null || true ;;
  *) echo "usage: $0 [h2|postgres] [writers] [seconds]"; exit 2 ;;
esac

start_app() {
  java -Xmx256m -jar "$JAR" --server.port=$PORT "${ARGS[@]}" >> "$WORK/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 160); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return; sleep 0.5; done
  echo "the app did not start"; tail -20 "$WORK/app.log"; exit 1
}

writer() { # one browser: its own session and token, answering the check again and again
  local jar="$WORK/cookies-$1" page="$WORK/page-$1" token location
  curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/intake" -o "$page" || return 0
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"//')
  while true; do
    location=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' -X POST \
      "http://127.0.0.1:$PORT/intake" --data-urlencode "_csrf=$token" \
      -d "weeksSinceBirth=10&delivery=VAGINAL&clearedForExercise=YES&painNow=3&painTrend=IMPROVING&abdominalSeparation=NO&leakage=NONE") || return 0
    case "$location" in 302*/assessments/*) echo "${location##*/}" >> "$WORK/acknowledged-$1" ;; esac
  done
}

start_app
for w in $(seq 1 "$WRITERS"); do writer "$w" & done
sleep "$KILL_AFTER"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
sleep 0.5
kill $(jobs -p) 2>/dev/null || true
wait 2>/dev/null || true
cat "$WORK"/acknowledged-* 2>/dev/null | sort -u > "$WORK/acknowledged"

# Start again (recovery), stop cleanly, then read what the database holds.
start_app
kill "$PID"; wait "$PID" 2>/dev/null || true
case "$DATABASE" in
  h2) java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db" -user sa \
        -sql "select cast(id as varchar) from assessment" | grep -oE '[0-9a-f-]{36}' | sort -u > "$WORK/stored" ;;
  postgres) PGPASSWORD=backcare psql -At -h localhost -U backcare backcare -c "select id from assessment" \
        | sort -u > "$WORK/stored" ;;
esac
ACKED=$(wc -l < "$WORK/acknowledged")
STORED=$(wc -l < "$WORK/stored")
LOST=$(comm -23 "$WORK/acknowledged" "$WORK/stored" | wc -l)
echo "$DATABASE: $ACKED acknowledged, $STORED stored, $LOST acknowledged but lost"
[ "$LOST" -eq 0 ]
