#!/usr/bin/env bash
# /today and /progress for a mother with a year of daily sessions (docs/quality.md, "Performance": p99 <= 50 ms).
# Registers through the app and answers the check, stops it, fills a year of sessions straight
# into the H2 file with H2's shell, starts the app again (her session is kept in the database)
# and loads both pages with wrk carrying her session cookie.
#   usage: bench/signed-in.sh [seconds] [runs]      (needs: wrk, a built jar, the H2 jar in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
RUNS=${2:-3}
PORT=18087
WORK=$(mktemp -d)
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | head -1)
DB="jdbc:h2:file:$WORK/db"
trap 'kill "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
start_app() {
  java -Xmx256m -jar "$JAR" --server.port=$PORT --spring.datasource.url="$DB" > "$WORK/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 0.5; done
}
start_app

B="http://127.0.0.1:$PORT"
JARS="$WORK/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$JARS" -b "$JARS" "$B/register" -o "$WORK/r.html"
curl -s -c "$JARS" -b "$JARS" -X POST "$B/register" --data-urlencode "_csrf=$(token "$WORK/r.html")" \
  -d "email=bench@example.com&password=quiet+evening+stroll&confirmPassword=quiet+evening+stroll" -o /dev/null
curl -s -c "$JARS" -b "$JARS" "$B/intake" -o "$WORK/i.html"
curl -s -c "$JARS" -b "$JARS" -X POST "$B/intake" --data-urlencode "_csrf=$(token "$WORK/i.html")" \
  -d "weeksSinceBirth=10&delivery=VAGINAL&clearedForExercise=YES&painNow=3&painTrend=IMPROVING&abdominalSeparation=NO" -o /dev/null

kill "$PID"; wait "$PID" 2>/dev/null || true
java -cp "$H2" org.h2.tools.Shell -url "$DB" -user sa -sql "
  insert into practice_session (account_id, session_day, routine_slug, phase, pain_before, pain_after, completed, started_at, completed_at)
    select a.id, dateadd(day, -r.x, current_date), 'phase-2-rebuild', 2, mod(r.x, 4) + 2, mod(r.x, 3) + 1, true, current_timestamp, current_timestamp
    from system_range(1, 365) r, account a where a.email = 'bench@example.com';
  insert into practice_exercise (session_id, position, exercise_slug, done, hurt)
    select s.id, p.x, 'exercise-' || p.x, true, false from practice_session s, system_range(0, 10) p;"

start_app
COOKIE=$(awk '$6 == "SESSION" { print $7 }' "$JARS")
curl -s -H "Cookie: SESSION=$COOKIE" "$B/progress" | grep -o "[0-9]* sessions so far" || echo "progress page did not show the sessions"
if [ -n "${HOLD:-}" ]; then echo "cookie $COOKIE port $PORT"; sleep "$HOLD"; fi
CONNECTIONS=${CONNECTIONS:-32}
for page in /today /progress; do
  wrk -t2 -c32 -d5s -H "Cookie: SESSION=$COOKIE" "$B$page"
  for run in $(seq 1 "$RUNS"); do
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: SESSION=$COOKIE" "$B$page" | awk -v page="$page" -v run="$run" '
      /Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $4 }
      END { printf "%-10s run %s: %s req/s, p99 %s, non-2xx %s\n", page, run, rps, p99, (bad == "" ? 0 : bad) }'
  done
done
