#!/usr/bin/env bash
# "Forgotten your password?" takes as long for an email with an account as for one without
# (docs/architecture.md, "Forgotten passwords"): POST /forgot-password timed for N registered
# emails and N unknown ones, interleaved, each from its own client address (X-Forwarded-For,
# trusted from localhost as the production profile does) so the limits per address and per
# email never apply. Prints the median and 90th percentile of each and the letters written to the outbox.
# Each request waits PAUSE seconds (0.1) after the one before, so it is timed alone; with PAUSE=0
# a request may meet the mail thread's work for the one before.
#   usage: [PAUSE=0.1] bench/forgot-password.sh [N]   (default 60; ./mvnw -DskipTests package first)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/first-mother.sh
N=${1:-60}
PAUSE=${PAUSE:-0.1}
PORT=18210
BASE="http://127.0.0.1:$PORT"
JAR=$(ls "$PWD"/target/backcare-*.jar | head -1)
WORK=$(mktemp -d)
trap 'kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

java -Xmx256m -jar "$JAR" --server.port=$PORT --server.forward-headers-strategy=native \
  --spring.datasource.url="jdbc:h2:file:$WORK/db" --app.mail.outbox="$WORK/outbox" > "$WORK/app.log" 2>&1 &
PID=$!
timeout 120 bash -c "until curl -sf $BASE/actuator/health >/dev/null; do sleep 0.2; done" \
  || { echo "the app did not start; see its log:"; tail -20 "$WORK/app.log"; exit 1; }

echo "registering $N mothers ..."
for i in $(seq 1 "$N"); do
  jar="$WORK/reg-cookies"; page="$WORK/reg.html"
  curl -s -c "$jar" -b "$jar" "$BASE/register" -o "$page"
  curl -s -c "$jar" -b "$jar" -H "X-Forwarded-For: 10.8.$((i / 250)).$((i % 250 + 1))" -X POST "$BASE/register" \
    --data-urlencode "_csrf=$(csrf_token "$page")" --data-urlencode "email=known-$i@example.com" \
    -d "password=quiet+evening+stroll&confirmPassword=quiet+evening+stroll" -o /dev/null
  rm -f "$jar"
done

jar="$WORK/cookies"
curl -s -c "$jar" -b "$jar" "$BASE/forgot-password" -o "$WORK/forgot.html"
TOKEN=$(csrf_token "$WORK/forgot.html")
ask() { # email, address: prints the status and the time in ms
  curl -s -c "$jar" -b "$jar" -H "X-Forwarded-For: $2" -X POST "$BASE/forgot-password" \
    --data-urlencode "_csrf=$TOKEN" --data-urlencode "email=$1" -o /dev/null -w "%{http_code} %{time_total}\n" \
    | awk '{ printf "%s %.3f\n", $1, $2 * 1000 }'
  sleep "$PAUSE" # PAUSE=0 lets the next request meet the mail thread's work for this one
}
: > "$WORK/known"; : > "$WORK/unknown"
for i in $(seq 1 "$N"); do
  # Alternate which goes first, so neither always meets a warmer server.
  if (( i % 2 )); then
    ask "known-$i@example.com" "10.9.$((i / 250)).$((i % 250 + 1))" >> "$WORK/known"
    ask "nobody-$i@example.com" "10.10.$((i / 250)).$((i % 250 + 1))" >> "$WORK/unknown"
  else
    ask "nobody-$i@example.com" "10.10.$((i / 250)).$((i % 250 + 1))" >> "$WORK/unknown"
    ask "known-$i@example.com" "10.9.$((i / 250)).$((i % 250 + 1))" >> "$WORK/known"
  fi
done
sleep 3 # the mail thread writes the letters after the answers

summary() { # label, file (the first tenth is warm-up)
  tail -n +$((N / 10 + 1)) "$2" | sort -k2,2n | awk -v label="$1" '{ s[NR] = $2; st[$1]++ } END {
    n = NR; codes = ""; for (c in st) codes = codes c "x" st[c] " ";
    printf "%-22s %6d %10.2f %10.2f   %s\n", label, n, s[int((n + 1) / 2)], s[int(n * 0.9)], codes }'
}
printf "%-22s %6s %10s %10s   %s\n" "POST /forgot-password" "n" "median ms" "p90 ms" "statuses"
summary "email with an account" "$WORK/known"
summary "email without one" "$WORK/unknown"
printf "letters in the outbox: %s (expected %s)\n" "$(ls "$WORK/outbox" 2>/dev/null | grep -c '\.eml$' || true)" "$N"
