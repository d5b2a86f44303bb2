#!/usr/bin/env bash
# JMH: the triage rules alone on the real catalogue (docs/quality.md, "Performance": under 50 µs each).
#   usage: bench/rules-jmh.sh [extra JMH options, e.g. -wi 3 -i 5 -f 1]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile
CP_FILE=$(mktemp)
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
if [ $# -eq 0 ]; then set -- -f 1 -wi 3 -w 2s -i 5 -r 2s; fi
java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.openjdk.jmh.Main TriageRulesBenchmark "$@"
rm -f "$CP_FILE"
