#!/usr/bin/env bash
# POST /api/v1/assessments at 32 connections (docs/quality.md, "Performance": at least 3,000 answers a second).
#   usage: bench/assess.sh [seconds] [runs]          (needs: wrk, a built jar)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
RUNS=${2:-3}
PORT=18085
WORK=$(mktemp -d)
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
trap 'kill "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
java -Xmx256m ${JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$WORK/db" > "$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 0.5; done
URL="http://127.0.0.1:$PORT/api/v1/assessments"
curl -sf -X POST -H 'Content-Type: application/json' --data-binary @<(sed -n '/\[\[/,/\]\]/p' bench/assess.lua | tr -d '[]' | sed 's/^.*wrk.body = //') "$URL" >/dev/null || true
wrk -t2 -c32 -d10s -s bench/assess.lua "$URL" >/dev/null   # warm-up
for run in $(seq 1 "$RUNS"); do
  wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/assess.lua "$URL" | awk -v run="$run" '
    /Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $4 }
    END { printf "run %s: %s answers/s, p99 %s, non-2xx %s\n", run, rps, p99, (bad == "" ? 0 : bad) }'
done
echo "RSS after the load: $(ps -o rss= -p "$PID" | awk '{ printf "%.0f MB", $1 / 1024 }')"
