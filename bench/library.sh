#!/usr/bin/env bash
# Library pages under load, side by side with nginx serving the very same bytes as static
# files (docs/quality.md, "Performance": the app should reach at least 1/10 of nginx's requests per second,
# with p99 <= 50 ms, at 32 connections). Loopback only; every run is bounded in time.
#   usage: bench/library.sh [seconds-per-run] [runs]      (needs: wrk, nginx, a built jar)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
RUNS=${2:-3}
APP_PORT=18080
NGINX_PORT=18081
WORK=$(mktemp -d)
JAR=$(ls target/backcare-*.jar | head -1)
. bench/static-nginx.sh

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  static_nginx_stop "$WORK"
  rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$WORK" && exec java -Xmx256m -jar "$OLDPWD/$JAR" --server.port=$APP_PORT \
  --spring.datasource.url="jdbc:h2:file:$WORK/db" > "$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && break; sleep 0.5; done

mkdir -p "$WORK/www/exercises"
curl -sf "http://127.0.0.1:$APP_PORT/exercises" -o "$WORK/www/exercises/index.html"
curl -sf "http://127.0.0.1:$APP_PORT/exercises/glute-bridge" -o "$WORK/www/exercises/glute-bridge.html"
static_nginx_start "$WORK" "$NGINX_PORT" 'location = /exercises { default_type text/html; try_files /exercises/index.html =404; }
    location /exercises/ { default_type text/html; try_files $uri.html =404; }'

measure() { # url -> "rps p99ms"
  wrk -t2 -c32 -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; p99 = v }
    END { printf "%.0f %.2f\n", rps, p99 }'
}

# Warm the JIT before measuring.
wrk -t2 -c32 -d10s "http://127.0.0.1:$APP_PORT/exercises" >/dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$APP_PORT/exercises/glute-bridge" >/dev/null

printf "%-26s %4s %12s %10s %12s %10s %8s\n" page run "app req/s" "app p99" "nginx req/s" "nginx p99" ratio
for page in /exercises /exercises/glute-bridge; do
  for run in $(seq 1 "$RUNS"); do
    read -r app_rps app_p99 < <(measure "http://127.0.0.1:$APP_PORT$page")
    read -r ngx_rps ngx_p99 < <(measure "http://127.0.0.1:$NGINX_PORT$page")
    printf "%-26s %4s %12s %8sms %12s %8sms %8s\n" "$page" "$run" "$app_rps" "$app_p99" "$ngx_rps" "$ngx_p99" \
      "$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "1/%.1f", n / a }')"
  done
done
echo "RSS of the app after the load: $(ps -o rss= -p "$APP_PID" | awk '{ printf "%.0f MB", $1 / 1024 }')"
