#!/usr/bin/env bash
# The data of "100,000 mothers on PostgreSQL" (docs/performance.md), made in a few minutes:
#   DIR/content   a catalogue of EXERCISES exercises: the real content/ plus numbered copies of
#                 the real exercises (slug "glute-bridge-n17", name "Glute bridge no. 17"), valid
#                 for the content validator; the app reads it with catalogue.content-location.
#   DIR/pgdata    a private PostgreSQL 15 cluster (bench/scale-common.sh) holding MOTHERS accounts
#                 (mother-000001@example.com …, all with the password "quiet evening stroll"),
#                 each with one stored assessment giving the phase 2 routine, YEAR of them with a
#                 completed practice session every day of the last 365 days, the others every day
#                 of the last 30 (each with its exercises, as the app stores them), and an address
#                 she signed in from before (the sign-in throttle's table).
# The assessment and the password hash are not written by hand: the script starts the jar once on
# the new catalogue, registers a mother and answers the intake through the pages, and copies what
# the app stored with SQL generate_series. It also reports how long the app took to start with
# this catalogue and its memory at ready.
#   usage: bench/scale-data.sh DIR [mothers] [year-long] [exercises]   (needs a built jar, PostgreSQL 15)
# An existing DIR/pgdata with data is kept (the script says so and stops): delete DIR to make it again.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-common.sh
. bench/first-mother.sh
DIR=${1:?usage: bench/scale-data.sh DIR [mothers] [year-long] [exercises]}
MOTHERS=${2:-100000}
YEAR=${3:-10000}
EXERCISES=${4:-10000}
PG_PORT=${PG_PORT:-18410}
APP_PORT=${APP_PORT:-18401}
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
if [ -f "$DIR/pgdata/PG_VERSION" ] && [ -f "$DIR/generated" ]; then
  echo "$DIR already holds the data ($(cat "$DIR/generated")); delete it to make it again"; exit 0
fi
trap 'kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true; pg_private_stop "$DIR"' EXIT
SECONDS=0

echo "catalogue: $EXERCISES exercises into $DIR/content"
rm -rf "$DIR/content"
mkdir -p "$DIR/content"
cp -r content/sources.yml content/routines content/learn content/flags "$DIR/content/"
mkdir -p "$DIR/content/exercises"
cp content/exercises/*.yml "$DIR/content/exercises/"
# Numbered copies of every real exercise in turn until there are EXERCISES: only slug and name
# change, so each copy passes every check its original passes (figure, neighbours, sources).
awk -v total="$EXERCISES" -v out="$DIR/content/exercises" '
  FNR == 1 { n++; slug[n] = FILENAME; sub(/.*\//, "", slug[n]); sub(/\.yml$/, "", slug[n]) }
  { lines[n, FNR] = $0; count[n] = FNR }
  END {
    made = n
    for (k = 1; made < total; k++)
      for (i = 1; i <= n && made < total; i++) {
        file = out "/" slug[i] "-n" k ".yml"
        for (l = 1; l <= count[i]; l++) {
          line = lines[i, l]
          if (line ~ /^slug: /) line = "slug: " slug[i] "-n" k
          else if (line ~ /^name: /) line = line " no. " k
          print line > file
        }
        close(file)
        made++
      }
  }' content/exercises/*.yml
echo "  $(ls "$DIR/content/exercises" | wc -l) exercise files"

pg_private_init "$DIR" "$PG_PORT"
pg_private_start "$DIR" "$PG_PORT"
# Bulk load only: the cluster goes back to durable commits at the end.
pg_sql "$PG_PORT" -c "alter system set synchronous_commit = off" -c "select pg_reload_conf()" >/dev/null

echo "the app on the new catalogue (migrations, catalogue load)"
scale_app_start "$DIR" "$DIR/app-start.log" 512m
HEAP=$(scale_heap_used)
printf '  ready in %.1f s, RSS %s MB, heap after a full GC %s; %s\n' "$READY" "$RSS" "${HEAP:-?}" \
  "$(grep -o 'Catalogue loaded.*' "$DIR/app-start.log" | head -1)"

B="http://127.0.0.1:$APP_PORT"
register_first_mother "$B" template@example.com "$DIR"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

echo "mothers: $MOTHERS ($YEAR with a year of sessions, the others a month)"
# The routine's exercises in order, from the stored outcome: what a practice session lists.
pg_sql "$PG_PORT" -v mothers="$MOTHERS" -v year="$YEAR" <<'SQL'
\timing on
create temporary table template as
  select a.password_hash, s.answers, s.outcome, s.rules_version, s.level,
         array(select e ->> 'slug' from json_array_elements((s.outcome::json) -> 'routine' -> 'exercises') e) as slugs,
         (s.outcome::json) -> 'routine' ->> 'slug' as routine_slug,
         ((s.outcome::json) -> 'routine' ->> 'phase')::int as phase
  from account a join assessment s on s.account_id = a.id where a.email = 'template@example.com';
select count(*) = 1 and min(cardinality(slugs)) > 0 as template_ok from template \gset
\if :template_ok
\else
  \echo 'the template mother has no stored assessment with a routine'
  \quit
\endif
delete from account where email = 'template@example.com';
delete from spring_session;
delete from sign_in_known_address;

alter table practice_exercise drop constraint practice_exercise_pkey;
alter table practice_exercise drop constraint practice_exercise_session_id_fkey;

insert into account (email, password_hash, created_at)
  select 'mother-' || lpad(m::text, 6, '0') || '@example.com', t.password_hash,
         current_timestamp - interval '400 days'
  from generate_series(1, :mothers) m, template t;

insert into assessment (id, created_at, rules_version, level, answers, outcome, account_id)
  select gen_random_uuid(), current_timestamp - interval '380 days', t.rules_version, t.level, t.answers, t.outcome, a.id
  from account a, template t;

-- Every day up to yesterday (today she has not started yet), pain easing and rising in turns;
-- now and then an exercise hurt (so the swaps have something to follow): exercise p of day d
-- hurt when (account * 7 + d * 11 + p) % 97 = 0, and the session keeps whether one did (V9).
insert into practice_session (account_id, session_day, routine_slug, phase, pain_before, pain_after, completed,
                              started_at, completed_at, hurt)
  select a.id, current_date - d, t.routine_slug, t.phase, (a.id + d) % 5 + 1, (a.id + d) % 4 + 1, true,
         (current_date - d) + time '08:00' at time zone 'UTC', (current_date - d) + time '08:25' at time zone 'UTC',
         exists (select 1 from generate_series(1, cardinality(t.slugs)) p where (a.id * 7 + d * 11 + p) % 97 = 0)
  from account a cross join template t
  cross join lateral generate_series(1, case when a.id - (select min(id) from account) < :year then 365 else 30 end) d;

insert into practice_exercise (session_id, position, exercise_slug, done, hurt)
  select s.id, p - 1, t.slugs[p], true, (s.account_id * 7 + (current_date - s.session_day) * 11 + p) % 97 = 0
  from practice_session s cross join template t cross join generate_series(1, cardinality(t.slugs)) p;

alter table practice_exercise add constraint practice_exercise_pkey primary key (session_id, position);
alter table practice_exercise add constraint practice_exercise_session_id_fkey
  foreign key (session_id) references practice_session (id) on delete cascade;

-- The address each signed in from before, as the throttle keeps it (hashes).
insert into sign_in_known_address (account_key, address_key, last_success_at)
  select encode(sha256(convert_to(a.email, 'UTF8')), 'hex'), encode(sha256(convert_to('10.1.' || a.id % 250 || '.0', 'UTF8')), 'hex'),
         current_timestamp - interval '1 day'
  from account a;

vacuum analyze;
SQL
pg_sql "$PG_PORT" -c "alter system reset synchronous_commit" -c "select pg_reload_conf()" >/dev/null
pg_sql "$PG_PORT" -At -F' ' -c "select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid))
  from pg_stat_user_tables where n_live_tup > 0 order by pg_total_relation_size(relid) desc" \
  | awk '{ printf "  %-24s %10s rows %8s %s\n", $1, $2, $3, $4 }'
echo "$MOTHERS mothers, $YEAR with a year, $EXERCISES exercises, made $(date -u +%F)" > "$DIR/generated"
echo "done in ${SECONDS} s: $DIR (keep it for bench/scale.sh and bench/scale-explain.sh)"
