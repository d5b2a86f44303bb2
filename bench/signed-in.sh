#!/usr/bin/env bash
# The pages a mother uses every day, signed in, under load (docs/quality.md, "Performance"):
# /today, /progress and /account for many distinct mothers, each with a year of daily sessions,
# side by side with nginx serving the very same bytes, in the same run. Bars: at least 1/50 of
# nginx's requests per second and p99 <= 50 ms at 32 connections.
#
# One mother registers and answers the check through the app; SQL then clones her into
# MOTHERS accounts (same password, same stored assessment) and gives each a year of sessions of
# eleven exercises. Every mother then signs in through POST /login. Each mother's first view of
# each page is timed (rendered), then wrk rotates their session cookies request by request
# (bench/mothers.lua), so no two requests in a row share a session (kept pages).
#   usage: bench/signed-in.sh [h2|postgres] [seconds-per-run] [runs]
#   env:   MOTHERS (1000), CONNECTIONS (32), JAVA_OPTS (e.g. a Flight Recorder option),
#          BENCH_LANGUAGE=es (the same pages in Spanish: translated views, rules re-run in Spanish),
#          DATA=<dir> keeps the database and the signed-in cookies there and reuses them on the next run
#   needs: wrk, nginx, a built jar; for h2 the H2 jar in ~/.m2; for postgres the Debian package (initdb)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"
DATABASE=${1:-h2}
DURATION=${2:-15}
RUNS=${3:-3}
MOTHERS=${MOTHERS:-1000}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=18087
NGINX_PORT=18088
PG_PORT=18089
WORK=${DATA:-$(mktemp -d)}
mkdir -p "$WORK"
REUSE=$([ -s "$WORK/cookies" ] && echo yes || true)
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
B="http://127.0.0.1:$APP_PORT"
. bench/first-mother.sh
. bench/static-nginx.sh
. bench/private-pg.sh

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  static_nginx_stop "$WORK"
  [ -d "$WORK/pgdata" ] && pg_private_stop "$WORK"
  rm -rf "$WORK/www" "$WORK"/jar-*
  if [ -z "${DATA:-}" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

case "$DATABASE" in
  h2)
    H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | head -1)
    DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/db")
    sql() { java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db" -user sa -sql "$1" >/dev/null; }
    DAYS="system_range(1, 365) d"; POSITIONS="system_range(0, 10) p"; DAY="dateadd(day, -d.x, current_date)"
    D=x; P=x; NEW_UUID="random_uuid()"; NUMBERS="system_range(1, $((MOTHERS - 1))) n"; N=x
    ;;
  postgres)
    # A private cluster (bench/private-pg.sh), so the run needs nothing but the package.
    pg_private_init "$WORK" "$PG_PORT"
    pg_private_start "$WORK" "$PG_PORT"
    DB_ARGS=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/backcare")
    sql() { pg_sql "$PG_PORT" -c "$1" >/dev/null; }
    DAYS="generate_series(1, 365) d"; POSITIONS="generate_series(0, 10) p"; DAY="current_date - d"
    D=d; P=p; NEW_UUID="gen_random_uuid()"; NUMBERS="generate_series(1, $((MOTHERS - 1))) n"; N=n
    ;;
  *) echo "usage: $0 [h2|postgres] [seconds-per-run] [runs]"; exit 2 ;;
esac

start_app() {
  # shellcheck disable=SC2086
  java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port=$APP_PORT "${DB_ARGS[@]}" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -sf "$B/actuator/health" >/dev/null && return; sleep 0.5; done
  echo "the app did not start"; tail -20 "$WORK/app.log"; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

# The first mother through the app, the others cloned by SQL, everyone signed in.
prepare() {
  start_app
  register_first_mother "$B" mother0@example.com "$WORK"
  stop_app

  echo "cloning the first mother into $MOTHERS, each with a year of sessions..."
  sql "
    insert into account (email, password_hash, created_at)
      select 'mother' || $N || '@example.com', a.password_hash, a.created_at
      from $NUMBERS, account a where a.email = 'mother0@example.com';
    insert into assessment (id, created_at, rules_version, level, answers, outcome, account_id)
      select $NEW_UUID, s.created_at, s.rules_version, s.level, s.answers, s.outcome, a.id
      from assessment s, account a where s.account_id = (select id from account where email = 'mother0@example.com')
        and a.email <> 'mother0@example.com';
    insert into practice_session (account_id, session_day, routine_slug, phase, pain_before, pain_after, completed, started_at, completed_at)
      select a.id, $DAY, 'phase-2-rebuild', 2, mod($D, 4) + 2, mod($D, 3) + 1, true, current_timestamp, current_timestamp
      from $DAYS, account a;
    insert into practice_exercise (session_id, position, exercise_slug, done, hurt)
      select s.id, $P, 'exercise-' || $P, true, false from practice_session s, $POSITIONS;"
  [ "$DATABASE" = postgres ] && sql "vacuum analyze"

  start_app
  echo "signing in $MOTHERS mothers..."
  sign_in() { # number -> SESSION cookie
    local jar="$WORK/jar-$1"
    curl -s -c "$jar" -b "$jar" "$B/login" -o "$jar.html"
    curl -s -c "$jar" -b "$jar" -X POST "$B/login" --data-urlencode "_csrf=$(csrf_token "$jar.html")" \
      -d "email=mother$1@example.com&password=quiet+evening+stroll" -o /dev/null
    awk '$6 == "SESSION" { print $7 }' "$jar"
    rm -f "$jar" "$jar.html"
  }
  export -f sign_in csrf_token
  export B WORK
  seq 0 $((MOTHERS - 1)) | xargs -P 4 -I{} bash -c 'sign_in {}' > "$WORK/cookies.new"
  mv "$WORK/cookies.new" "$WORK/cookies"
}
if [ -n "$REUSE" ]; then start_app; else prepare; fi
SIGNED_IN=$(grep -c . "$WORK/cookies" || true)
FIRST=$(head -1 "$WORK/cookies")
curl -s -H "Cookie: SESSION=$FIRST" "$B/progress" | grep -o "[0-9]* sessions so far" \
  || { echo "the progress page did not show her sessions"; exit 1; }

# nginx serves the bytes one mother sees, at the same addresses.
mkdir -p "$WORK/www"
for page in today progress account; do
  curl -sf -H "Cookie: SESSION=$FIRST" "$B/$page" -o "$WORK/www/$page.html"
done
static_nginx_start "$WORK" "$NGINX_PORT" 'location / { default_type text/html; try_files $uri.html =404; }'

measure() { # url -> "rps p99ms non2xx"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/mothers.lua "$1" -- "$WORK/cookies" | awk '
    /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $4 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; p99 = v }
    END { printf "%.0f %.2f %d\n", rps, p99, bad }'
}

# Her first view of a page in the day renders it (her history read, the rules, the template); later
# views are kept for her sign-in session until her data or the day changes. Each mother's first
# view is timed here, one request at a time per connection, four at once.
echo "first views (rendered), four at a time:"
for page in /today /progress /account; do
  xargs -P 4 -I{} curl -s -o /dev/null -w "%{time_total}\n" -H "Cookie: SESSION={}" "$B$page" < "$WORK/cookies" \
    | sort -n | awk -v page="$page" '{ t[NR] = $1 * 1000 } END {
        printf "  %-10s %d views: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", page, NR, t[int(NR * 0.5)], t[int(NR * 0.99)], t[NR] }'
done
echo "warming up..."
for page in /today /progress /account; do
  wrk -t2 -c"$CONNECTIONS" -d5s -s bench/mothers.lua "$B$page" -- "$WORK/cookies" > /dev/null
done
echo "$DATABASE, $SIGNED_IN mothers signed in, $CONNECTIONS connections, $(nproc) cores, $(date -u +%F)"
printf "%-10s %4s %10s %9s %8s %12s %10s %8s\n" page run "app req/s" "app p99" non-2xx "nginx req/s" "nginx p99" ratio
for page in /today /progress /account; do
  for run in $(seq 1 "$RUNS"); do
    read -r app_rps app_p99 app_bad <<< "$(measure "$B$page")"
    read -r nginx_rps nginx_p99 _ <<< "$(measure "http://127.0.0.1:$NGINX_PORT$page")"
    printf "%-10s %4s %10s %7s ms %8s %12s %7s ms %8s\n" "$page" "$run" "$app_rps" "$app_p99" "$app_bad" \
      "$nginx_rps" "$nginx_p99" "1/$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.0f", n / (a > 0 ? a : 1) }')"
  done
done
