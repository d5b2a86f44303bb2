#!/usr/bin/env bash
# Time from launch to a healthy /actuator/health (docs/quality.md, "Performance": <= 8 s on this machine),
# for the plain fat jar (`java -jar`, development) and for the production launch, the extracted
# jar with a class-data-sharing archive (bench/fast-launch.sh, README "Production").
#   usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=18090
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
WORK=$(mktemp -d)
trap 'kill "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

JAR="$JAR" bench/fast-launch.sh prepare "$WORK/app" > /dev/null

start_once() { # label, command...
  local label=$1 begin end
  shift
  begin=$(date +%s%N)
  "$@" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$WORK/db" > "$WORK/app.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
    sleep 0.05
    kill -0 "$PID" 2>/dev/null || { echo "the app died; see its log:"; tail -20 "$WORK/app.log"; exit 1; }
  done
  end=$(date +%s%N)
  printf "%-40s %6.2f s   RSS %s MB\n" "$label" "$(awk -v n=$((end - begin)) 'BEGIN { print n / 1e9 }')" \
    "$(ps -o rss= -p "$PID" | awk '{ printf "%.0f", $1 / 1024 }')"
  kill "$PID"; wait "$PID" 2>/dev/null || true
}

for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK"/db*
  start_once "run $run: java -jar, empty database" java -Xmx256m -jar "$JAR"
  start_once "run $run: java -jar, catalogue present" java -Xmx256m -jar "$JAR"
  start_once "run $run: extracted + CDS archive" env JAVA_OPTS=-Xmx256m bench/fast-launch.sh run "$WORK/app"
done
