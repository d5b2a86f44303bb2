# What the scale bench scripts share, sourced by them (not run): the private PostgreSQL cluster
# (bench/private-pg.sh) and the jar started on it.
#   scale_app_start DIR LOG [heap]   the jar (profile postgres) on the cluster with DIR's catalogue;
#                               sets PID, READY (seconds to healthy) and RSS (MB); needs JAR, APP_PORT, PG_PORT
#   scale_heap_used             the heap in use after a full GC, e.g. "57 MB"
. "$(dirname "${BASH_SOURCE[0]}")/private-pg.sh"

scale_app_start() {
  local dir=$1 log=$2 heap=${3:-256m} start
  start=$(date +%s.%N)
  java -Xmx"$heap" -jar "$JAR" --server.port="$APP_PORT" --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/backcare" --spring.datasource.username=backcare \
    --catalogue.content-location="file:$dir/content/" > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && break
    kill -0 "$PID" 2>/dev/null || { echo "the app stopped:"; tail -30 "$log"; exit 1; }
    sleep 0.5
  done
  READY=$(echo "$(date +%s.%N) - $start" | bc)
  RSS=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$PID/status")
}

scale_heap_used() {
  jcmd "$PID" GC.run >/dev/null 2>&1 || true
  jcmd "$PID" GC.heap_info 2>/dev/null \
    | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") print int($(i + 1) / 1024) " MB" }'
}
