#!/usr/bin/env bash
# Latency from a dose record's acceptance to its alert's notification rows (docs/benchmarks.md):
#   bench/alert-latency.sh [alerts=200]
# Starts the application on a fresh embedded PostgreSQL (temp directory), sends one record over the limit per
# worker through POST /api/v1/dose-records with the normal asynchronous listener, prints p50/p95/p99/max.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dnpm.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fr.gouv.travail.dosiportail.bench.AlertLatencyBench "$@"
