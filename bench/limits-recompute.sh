#!/usr/bin/env bash
# Recomputing every worker's 12-month limits at national volume and raising what must be raised (docs/benchmarks.md):
#   bench/limits-recompute.sh [records=20000000] [batch=1000]
# Loads 390,000 workers and the dose records by SQL (the read benchmark's loader, ≈8 GB in a temp directory at 20M),
# plants 390 exceedances, then streams the counted doses through one cursor, engine per worker, alerts in batches.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dnpm.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fr.gouv.travail.dosiportail.bench.LimitsRecomputeBench "$@"
