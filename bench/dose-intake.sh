#!/usr/bin/env bash
# Dose intake benchmark (docs/benchmarks.md, "Dose collection engine"):
#   bench/dose-intake.sh [records=1000000] [heap=512m] [chunk=5000] [insert=copy|unnest] [writers=2] [surveillance=on|off]
# Builds, then runs DoseIntakeBench with a bounded heap and a GC log: a CSV file uploaded through the file path
# (DoseFiles.receive, DoseFileWorkers: parse, validate, match, store, publish, journal, report, progress) until DONE and,
# in the same run, a raw COPY of the same rows into the same table.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS="${1:-1000000}"
HEAP="${2:-512m}"
CHUNK="${3:-5000}"
INSERT="${4:-copy}"
WRITERS="${5:-2}"
SURVEILLANCE="${6:-on}"   # off: surveillance does not evaluate during the run (a do-nothing listener keeps the event log cost)
./mvnw -q -B -Dnpm.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
GC_LOG="target/dose-bench-gc-$HEAP.log"
java "-Xmx$HEAP" "-Xlog:gc:file=$GC_LOG" ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fr.gouv.travail.dosiportail.bench.DoseIntakeBench "$RECORDS" "$CHUNK" "$INSERT" "$WRITERS" "$SURVEILLANCE"
echo "GC log $GC_LOG: $(grep -c 'Pause' "$GC_LOG") pauses; max heap after GC: $(grep -o -- '->[0-9]*M' "$GC_LOG" | tr -d '>M-' | sort -n | tail -1) MiB; max heap before GC: $(grep -o -- '[0-9]*M->' "$GC_LOG" | tr -d '>M-' | sort -n | tail -1) MiB"
