#!/usr/bin/env bash
# Builds the national-size demo set (390,000 workers by default) and prints its shape; with a file, writes the CSV.
# Usage: bench/national-data-set.sh [workers] [file.csv]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dnpm.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fr.gouv.travail.dosiportail.bench.NationalDataSet "$@"
