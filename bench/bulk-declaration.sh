#!/usr/bin/env bash
# Bulk worker declaration benchmark (docs/benchmarks.md):
#   bench/bulk-declaration.sh [lines=100000] [heap=512m] [--line-by-line] [--listener]
# Builds, then runs BulkDeclarationBench with a bounded heap and a GC log (peak heap after GC printed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-100000}"
HEAP="${2:-512m}"
shift $(( $# > 2 ? 2 : $# )) || true
./mvnw -q -B -Dnpm.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
GC_LOG="target/bench-gc-$HEAP.log"
java "-Xmx$HEAP" "-Xlog:gc:file=$GC_LOG" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fr.gouv.travail.dosiportail.bench.BulkDeclarationBench "$LINES" "$@"
# "Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(512M)": the largest heap left after a collection
echo "GC log $GC_LOG: $(grep -c 'Pause' "$GC_LOG") pauses; max heap after GC: $(grep -o -- '->[0-9]*M' "$GC_LOG" | tr -d '>M-' | sort -n | tail -1) MiB; max heap before GC: $(grep -o -- '[0-9]*M->' "$GC_LOG" | tr -d '>M-' | sort -n | tail -1) MiB"
