#!/usr/bin/env bash
# Reading a worker's 40-year history at national volume (docs/benchmarks.md):
#   bench/dose-history-read.sh [records=20000000] [reads=200]
# Builds, starts the application on a fresh embedded PostgreSQL in a temp directory (about 8 GB of disk at 20M
# records), loads 390,000 workers and the dose records by SQL, then times the reads and prints the plan.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dnpm.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fr.gouv.travail.dosiportail.bench.DoseHistoryReadBench "$@"
