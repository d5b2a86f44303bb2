#!/usr/bin/env bash
# Two instances of the app on one PostgreSQL behind nginx, under mixed traffic (docs/performance.md,
# "Two instances behind nginx"). Starts a private PostgreSQL 15 cluster in a temporary directory,
# prepares the production launch (bench/fast-launch.sh, trained on this database), starts two
# instances (profile postgres) and nginx as a round-robin load balancer, then runs
# bench/MixedLoad.java: MOTHERS browsers at once for SECONDS, each going again and again through
# browsing, the assessment (API and form), registering, today's practice session, progress, signing
# out and in. Afterwards it checks that every practice session the server acknowledged is in the
# database, that both instances served traffic (nginx's $upstream_addr), and that the sign-in
# throttle counts wrong passwords across instances. Everything it started is stopped and removed.
#   usage: bench/two-instances.sh [seconds] [mothers] [warm-up seconds]   (default 60 s, 64 mothers, 20 s)
#   LOGS=dir keeps the instances', nginx's and the load generator's logs there.
#   needs: a built jar, nginx (/usr/sbin/nginx), PostgreSQL 15 server binaries and psql
#   exit status: non-zero on any 5xx, connection error or unexpected answer, a lost acknowledged
#   session, an instance that served nothing, or a throttle that does not hold across instances
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/private-pg.sh
SECONDS_OF_LOAD=${1:-60}
MOTHERS=${2:-64}
WARM_UP=${3:-20}
NGINX_PORT=18300
APP_PORTS=(18301 18302)
PG_PORT=18310
export PATH="$PATH:/usr/sbin"
JAR=$(ls "$PWD"/target/backcare-*.jar 2>/dev/null | head -1)
[ -f "$JAR" ] || { echo "no jar: ./mvnw -B -ntp -DskipTests package"; exit 1; }
for port in "$NGINX_PORT" "${APP_PORTS[@]}" "$PG_PORT"; do
  if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; stop what listens there first"; exit 1
  fi
done

WORK=$(mktemp -d)
chmod 755 "$WORK"
APP_PIDS=()
cleanup() {
  for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null || true
  for pid in "${APP_PIDS[@]}" ${NGINX_PID:-}; do wait "$pid" 2>/dev/null || true; done
  pg_private_stop "$WORK"
  if [ -n "${LOGS:-}" ]; then
    mkdir -p "$LOGS" && cp -r "$WORK"/app-*.log "$WORK"/nginx/*.log "$WORK"/*.txt "$WORK"/*.tsv "$LOGS"/ 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM
stage() { printf '%(%H:%M:%S)T %s\n' -1 "$*"; }

stage "PostgreSQL on $PG_PORT"
pg_private_init "$WORK" "$PG_PORT"
pg_private_start "$WORK" "$PG_PORT"
DB_ARGS=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/backcare")

stage "preparing the launch (extract, training run on this database)"
JAR="$JAR" bench/fast-launch.sh prepare "$WORK/app" "${DB_ARGS[@]}" > /dev/null

stage "two instances on ${APP_PORTS[*]}"
for port in "${APP_PORTS[@]}"; do
  JAVA_OPTS=-Xmx256m bench/fast-launch.sh run "$WORK/app" "${DB_ARGS[@]}" --server.port="$port" \
    > "$WORK/app-$port.log" 2>&1 &
  APP_PIDS+=($!)
done
for i in 0 1; do
  port=${APP_PORTS[$i]}
  for _ in $(seq 1 360); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && break
    kill -0 "${APP_PIDS[$i]}" 2>/dev/null || { echo "instance $port died:"; tail -30 "$WORK/app-$port.log"; exit 1; }
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null \
    || { echo "instance $port not ready after 3 minutes"; tail -30 "$WORK/app-$port.log"; exit 1; }
done

stage "nginx on $NGINX_PORT, round robin"
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  log_format upstream '\$upstream_addr \$status \$request_method \$uri';
  access_log $WORK/nginx/access.log upstream;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream app {
    server 127.0.0.1:${APP_PORTS[0]};
    server 127.0.0.1:${APP_PORTS[1]};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_max_temp_file_size 0;
      # No silent retry on the other instance: every failure must reach the load generator.
      proxy_next_upstream off;
    }
  }
}
CONF
nginx -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$NGINX_PORT/actuator/health" > /dev/null && break; sleep 0.1; done

mixed_load() { # seconds, output directory
  timeout $(($1 + 120)) java bench/MixedLoad.java load "http://127.0.0.1:$NGINX_PORT" "$1" "$MOTHERS" "$2"
}
# The same traffic first, so the JIT has compiled the hot paths; its answers count as much.
stage "warm-up: $MOTHERS mothers for $WARM_UP s"
WARM_STATUS=0
mixed_load "$WARM_UP" "$WORK/warm-up" > "$WORK/warm-up.txt" || WARM_STATUS=$?
if [ "$WARM_STATUS" -eq 0 ]; then tail -3 "$WORK/warm-up.txt"; else cat "$WORK/warm-up.txt"; fi
: > "$WORK/nginx/access.log"
stage "mixed traffic: $MOTHERS mothers for $SECONDS_OF_LOAD s"
LOAD_STATUS=0
mixed_load "$SECONDS_OF_LOAD" "$WORK/out" | tee "$WORK/load.txt" || LOAD_STATUS=$?

stage "checks"
echo "answered by (nginx \$upstream_addr, after the warm-up):"
awk '{ print $1 }' "$WORK/nginx/access.log" | sort | uniq -c | awk '{ printf "  %-20s %7d requests\n", $2, $1 }'
SERVED=$(awk '{ print $1 }' "$WORK/nginx/access.log" | sort -u | grep -c -E ":(${APP_PORTS[0]}|${APP_PORTS[1]})$" || true)

cat "$WORK/warm-up/acknowledged.tsv" "$WORK/out/acknowledged.tsv" > "$WORK/acknowledged.tsv"
ACKNOWLEDGED=$(wc -l < "$WORK/acknowledged.tsv")
read -r ACCOUNTS SESSIONS COMPLETED MISSING < <(pg_sql "$PG_PORT" -At -F ' ' <<SQL
create temp table acknowledged (email text, pain_before int, pain_after int);
\copy acknowledged from '$WORK/acknowledged.tsv'
select (select count(*) from account), (select count(*) from practice_session),
  (select count(*) from practice_session where completed),
  (select count(*) from acknowledged a where not exists (
     select 1 from account c join practice_session s on s.account_id = c.id
     where c.email = a.email and s.pain_before = a.pain_before
       and (a.pain_after is null or (s.completed and s.pain_after = a.pain_after))));
SQL
)
MISSING=${MISSING:-unknown}
echo "acknowledged by the server, warm-up included: $ACKNOWLEDGED starts and finishes of practice sessions"
echo "in PostgreSQL afterwards: $ACCOUNTS accounts, $SESSIONS practice sessions ($COMPLETED finished);" \
  "acknowledged but missing: $MISSING"
echo "warnings and errors in the two instances' logs: $(cat "$WORK"/app-*.log | grep -c -E ' (WARN|ERROR) ' || true)"
cat "$WORK"/app-*.log | grep -E ' (WARN|ERROR) ' | sed -E 's/^.* (WARN|ERROR) [0-9]+ --- \[[^]]*\] \[[^]]*\] /\1 /' \
  | sort | uniq -c | sort -rn | head -5 | cut -c 1-220 || true

echo "sign-in throttle across instances (wrong passwords for one email, alternating):"
THROTTLE_STATUS=0
timeout 60 java bench/MixedLoad.java throttle "http://127.0.0.1:${APP_PORTS[0]}" "http://127.0.0.1:${APP_PORTS[1]}" \
  "throttle-check@example.org" || THROTTLE_STATUS=$?

STORED_STATUS=1; [ "$MISSING" = 0 ] && [ "$ACKNOWLEDGED" -gt 0 ] && STORED_STATUS=0
SERVED_STATUS=1; [ "$SERVED" -eq 2 ] && SERVED_STATUS=0
result() { printf '%-62s %s\n' "$1" "$([ "$2" -eq 0 ] && echo ok || echo FAILED)"; }
echo
result "warm-up: no 5xx, no connection error, nothing unexpected" "$WARM_STATUS"
result "$SECONDS_OF_LOAD s run: no 5xx, no connection error, nothing unexpected" "$LOAD_STATUS"
result "every acknowledged session stored ($ACKNOWLEDGED)" "$STORED_STATUS"
result "both instances served traffic" "$SERVED_STATUS"
result "sign-in throttle shared by both instances" "$THROTTLE_STATUS"
[ $((WARM_STATUS + LOAD_STATUS + STORED_STATUS + SERVED_STATUS + THROTTLE_STATUS)) -eq 0 ]
