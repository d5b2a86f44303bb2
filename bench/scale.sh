#!/usr/bin/env bash
# The library, /today, /progress and /account on PostgreSQL with 100,000 mothers and 10,000
# exercises (docs/performance.md, "100,000 mothers on PostgreSQL"; bar: p99 <= 50 ms).
# Starts the private cluster made by bench/scale-data.sh and the jar (profile postgres) on it,
# signs SIGNED_IN mothers in through the login form (all with a year of practice sessions), and
# loads each page with wrk at CONNECTIONS connections, a different mother's SESSION cookie and a
# different address on every request (bench/rotate.lua). The library is asked for twice: without
# a session (the page cache answers after the first visit of each address) and signed in
# (rendered and queried on every request): 13 filters and pages, from page 1 to page 834; the
# free-text search (q) is measured apart, signed in, since it alone reads every exercise.
#   usage: bench/scale.sh [seconds] [runs] [DIR]   (needs wrk, a built jar, PostgreSQL 15)
# Without DIR the data is made first in a temporary folder (a few minutes) and removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-common.sh
DURATION=${1:-10}
RUNS=${2:-1}
DIR=${3:-}
SIGNED_IN=${SIGNED_IN:-1000}
CONNECTIONS=${CONNECTIONS:-32}
PG_PORT=${PG_PORT:-18410}
APP_PORT=${APP_PORT:-18401}
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
WORK=$(mktemp -d)
OWN_DATA=
if [ -z "$DIR" ]; then DIR="$WORK/data"; OWN_DATA=1; fi
cleanup() {
  kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true
  pg_private_stop "$DIR"
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f "$DIR/generated" ] || PG_PORT=$PG_PORT APP_PORT=$APP_PORT bench/scale-data.sh "$DIR"
DIR=$(cd "$DIR" && pwd)
YEAR=$(awk '{ print $4 }' "$DIR/generated")

pg_private_start "$DIR" "$PG_PORT"
# What earlier runs left: their sign-in sessions, and any practice session started today.
pg_sql "$PG_PORT" -c "delete from spring_session" -c "delete from practice_session where session_day = current_date"
scale_app_start "$DIR" "$WORK/app.log"
HEAP=$(scale_heap_used)
printf 'start-up (-Xmx256m, catalogue already stored): ready in %.1f s, RSS %s MB, heap after a full GC %s; %s\n' \
  "$READY" "$RSS" "${HEAP:-?}" "$(grep -o 'Catalogue loaded.*' "$WORK/app.log" | sed 's/ from file:[^ ]*content\/://' | head -1)"
B="http://127.0.0.1:$APP_PORT"

# Sign in: four at a time (each costs a BCrypt check), mothers spread over the year-long ones.
sign_in() {
  local n=$1 jar="$WORK/jar-$1" page="$WORK/page-$1" email token
  email=$(printf 'mother-%06d@example.com' $(( (n * YEAR / SIGNED_IN) > 0 ? n * YEAR / SIGNED_IN : 1 )))
  curl -s -c "$jar" -b "$jar" "$B/login" -o "$page"
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$B/login" --data-urlencode "_csrf=$token" \
    --data-urlencode "email=$email" --data-urlencode "password=quiet evening stroll"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar" "$page"
}
export -f sign_in
export WORK B YEAR SIGNED_IN
START=$(date +%s)
seq 1 "$SIGNED_IN" | xargs -P 4 -I{} bash -c 'sign_in {}' > "$WORK/cookies"
SIGNED=$(sort -u "$WORK/cookies" | grep -c . || true)
echo "$SIGNED mothers signed in in $(( $(date +%s) - START )) s"
HEAD=$(head -1 "$WORK/cookies")
curl -s -H "Cookie: SESSION=$HEAD" "$B/progress" | grep -o "[0-9,]* sessions so far" | head -1 \
  || { echo "/progress did not show her sessions"; exit 1; }

cat > "$WORK/library" <<'EOF'
/exercises
/exercises?page=2
/exercises?page=40
/exercises?page=834
/exercises?category=core
/exercises?category=core&page=3
/exercises?position=supine&page=2
/exercises?phase=2
/exercises?phase=1&difficulty=1
/exercises?equipment=band
/exercises?category=glutes&phase=3&page=2
/exercises?difficulty=2&position=kneeling
/exercises?difficulty=1&page=100
EOF
cat > "$WORK/search" <<'EOF'
/exercises?q=bridge
/exercises?q=breath&page=5
/exercises?q=plank&category=core
/exercises?q=stretch
/exercises?q=hip&page=3
EOF

measure() { # label path-or-list cookies
  local label=$1 paths=$2 cookies=$3 target="$B/exercises"
  [ -f "$paths" ] || { target="$B$paths"; paths=; }
  PATHS=$paths COOKIES=$cookies wrk -t2 -c"$CONNECTIONS" -d5s -s bench/rotate.lua "$target" >/dev/null
  for run in $(seq 1 "$RUNS"); do
    PATHS=$paths COOKIES=$cookies wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/rotate.lua "$target" \
      | awk -v label="$label" -v run="$run" '
        /Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $4 } /Socket errors/ { errors = $0 }
        END {
          ms = p99; if (ms ~ /us$/) ms = ms / 1000; else if (ms ~ /ms$/) ms = ms + 0; else if (ms ~ /s$/) ms = ms * 1000
          printf "| %-28s | %s | %8.0f | %8s | %s | %s |\n", label, run, rps, p99, (bad == "" ? 0 : bad), (ms <= 50 ? "yes" : "no")
        }'
  done
}
echo
echo "$(date -u +%F), $(nproc) cores, $CONNECTIONS connections, ${DURATION} s per run, $SIGNED mothers rotated"
echo "| page | run | req/s | p99 | non-2xx | p99 <= 50 ms |"
echo "|---|---|---|---|---|---|"
measure "library, no session" "$WORK/library" ""
measure "library, signed in" "$WORK/library" "$WORK/cookies"
measure "search (q), signed in" "$WORK/search" "$WORK/cookies"
measure "/today" /today "$WORK/cookies"
measure "/progress" /progress "$WORK/cookies"
measure "/account" /account "$WORK/cookies"
