#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of every statement the signed-in pages and the library run on the
# data of bench/scale-data.sh (docs/performance.md, "100,000 mothers on PostgreSQL"). The private
# cluster runs with auto_explain (log_analyze, log_buffers, every statement), so each plan is the
# one PostgreSQL ran for the app's own statement and parameters; the app is asked for each page
# once by a mother with a year of practice sessions: sign-in, /today, /progress, /account, starting
# and finishing today's practice session, and the library (signed in, so nothing comes from the
# page cache). Prints one line per distinct statement (step, statement, scans, time, buffers) and
# flags any sequential scan on a table of 10,000 rows or more; the whole plans go to
# DIR/plans.txt. Today's practice session is removed again at the end.
#   usage: bench/scale-explain.sh DIR [mother number]   (needs DIR from bench/scale-data.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-common.sh
DIR=$(cd "${1:?usage: bench/scale-explain.sh DIR [mother number]}" && pwd)
MOTHER=$(printf 'mother-%06d@example.com' "${2:-5000}")
PG_PORT=${PG_PORT:-18410}
APP_PORT=${APP_PORT:-18401}
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
WORK=$(mktemp -d)
LOG="$DIR/pgdata/server.log"
cleanup() {
  kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true
  pg_sql "$PG_PORT" -c "load 'auto_explain'" -c "alter system reset session_preload_libraries" -c "alter system reset auto_explain.log_min_duration" \
    -c "alter system reset auto_explain.log_analyze" -c "alter system reset auto_explain.log_buffers" \
    -c "select pg_reload_conf()" >/dev/null 2>&1 || true
  pg_private_stop "$DIR"
  rm -rf "$WORK"
}
trap cleanup EXIT
pg_private_start "$DIR" "$PG_PORT"
# Tables as busy as they are in use: 2,000 other sign-in sessions and 5,000 recent wrong passwords.
pg_sql "$PG_PORT" -c "delete from spring_session" -c "delete from sign_in_failure" \
  -c "delete from practice_session where session_day = current_date" >/dev/null
pg_sql "$PG_PORT" <<'SQL'
insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time,
                            principal_name)
  select gen_random_uuid()::text, gen_random_uuid()::text, t.now_ms, t.now_ms, 28800, t.now_ms + 28800000,
         'mother-' || lpad(g::text, 6, '0') || '@example.com'
  from generate_series(20001, 22000) g, (select (extract(epoch from now()) * 1000)::bigint as now_ms) t;
insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
  select primary_id, 'SPRING_SECURITY_CONTEXT', '\x00'::bytea from spring_session;
insert into sign_in_failure (address_key, account_key, failed_at)
  select encode(sha256(convert_to('a' || g % 700, 'UTF8')), 'hex'), encode(sha256(convert_to('e' || g, 'UTF8')), 'hex'),
         current_timestamp - (g % 3000) * interval '1 second'
  from generate_series(1, 5000) g;
analyze spring_session, spring_session_attributes, sign_in_failure;
SQL
pg_sql "$PG_PORT" \
  -c "load 'auto_explain'" -c "alter system set session_preload_libraries = 'auto_explain'" -c "alter system set auto_explain.log_min_duration = 0" \
  -c "alter system set auto_explain.log_analyze = on" -c "alter system set auto_explain.log_buffers = on" \
  -c "select pg_reload_conf()" >/dev/null

scale_app_start "$DIR" "$WORK/app.log"
B="http://127.0.0.1:$APP_PORT"
JARS="$WORK/cookies"
FROM=$(wc -l < "$LOG")
step() { pg_sql "$PG_PORT" -c "select 'step: $1'" >/dev/null; }
token() { grep -o 'name="_csrf" value="[^"]*"' "$WORK/page" | head -1 | sed 's/.*value="//;s/"//'; }
get() { curl -s -c "$JARS" -b "$JARS" "$B$1" -o "$WORK/page"; }
post() { local path=$1; shift; curl -s -c "$JARS" -b "$JARS" -o /dev/null -X POST "$B$path" --data-urlencode "_csrf=$(token)" "$@"; }

get /login
step "sign-in (POST /login)"
post /login --data-urlencode "email=$MOTHER" --data-urlencode "password=quiet evening stroll"
step "/today"; get /today
step "/progress"; get /progress
step "/account"; get /account
get /today
step "start (POST /today/start)"; post /today/start -d painBefore=3
get /today
DONE=$(grep -o 'name="done"[^>]*value="[^"]*"' "$WORK/page" | sed 's/.*value="//;s/"//' | sed 's/^/-d done=/' | tr '\n' ' ')
step "finish (POST /today/finish)"
# shellcheck disable=SC2086
post /today/finish -d painAfter=2 $DONE
step "/today (finished)"; get /today
for path in "/exercises" "/exercises?page=834" "/exercises?category=core&page=3" "/exercises?phase=2" \
    "/exercises?equipment=band" "/exercises?category=glutes&phase=3&page=2" "/exercises?q=bridge" \
    "/exercises/glute-bridge-n17"; do
  step "library $path"; get "$path"
done
step "end"
pg_sql "$PG_PORT" -c "delete from practice_session where session_day = current_date" -c "delete from spring_session" \
  -c "delete from sign_in_failure" >/dev/null
ROWS="$WORK/rows"
pg_sql "$PG_PORT" -At -F' ' -c "select relname, n_live_tup from pg_stat_user_tables" > "$ROWS"

tail -n +"$((FROM + 1))" "$LOG" > "$DIR/plans.txt"
echo "$(date -u +%F), $MOTHER; whole plans in $DIR/plans.txt"
echo "| step | statement | scans | ms | buffers |"
echo "|---|---|---|---|---|"
awk -v rows="$ROWS" '
  BEGIN { while ((getline line < rows) > 0) { split(line, f, " "); size[f[1]] = f[2] } }
  function flush() {
    if (query == "") return
    if (query ~ /^select .step: /) { step = query; sub(/^select .step: /, "", step); sub(/.$/, "", step) }
    else if (step != "" && step != "end" && !seen[step SUBSEP query]++) {
      shown = query
      # The select list says nothing about the plan unless it holds a subquery.
      head = substr(shown, 1, index(shown, " from "))
      if (shown ~ /^select / && length(head) > 40 && head !~ /\(select/) shown = "select … " substr(shown, length(head) + 1)
      gsub(/\|/, "\\|", shown)
      printf "| %s | `%s` | %s | %s | %s |\n", step, shown, scans == "" ? "(none)" : scans, ms, buffers == "" ? "-" : buffers
    }
    query = ""; scans = ""; buffers = ""
  }
  /LOG:  duration: .* plan:/ { flush(); ms = $0; sub(/.*duration: /, "", ms); sub(/ ms.*/, "", ms); inplan = 1; next }
  /^[0-9]{4}-/ { flush(); inplan = 0; next }
  inplan && /Query Text: / { query = $0; sub(/.*Query Text: /, "", query); next }
  inplan && /(Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan) / {
    node = $0; sub(/^[ \t]*(->)?[ \t]*/, "", node); sub(/  \(cost.*/, "", node)
    table = node; sub(/.* on /, "", table); sub(/ .*/, "", table)
    kind = node; sub(/ on .*/, "", kind)
    short = kind " on " table
    if (kind ~ /Seq Scan/ && size[table] >= 10000) short = "**" short " (" size[table] " rows)**"
    if (index(scans, short) == 0) scans = scans (scans == "" ? "" : ", ") short
    next
  }
  inplan && buffers == "" && /Buffers: / { buffers = $0; sub(/.*Buffers: /, "", buffers); next }
  END { flush() }' "$DIR/plans.txt"
