#!/usr/bin/env bash
# Generates the placement scenario's data set once (100,000 applicants; 2,000 in a smoke run, or
# BENCH_PLACEMENT_APPLICANTS) under data/bench/placement/<N>/ with the JDK-only GeneratePlacement.java.
set -euo pipefail
cd "$BENCH_ROOT"
applicants="${BENCH_PLACEMENT_APPLICANTS:-$([ "$BENCH_MODE" = smoke ] && echo 2000 || echo 100000)}"
directory="$BENCH_DATA_DIR/placement/$applicants"
if [ -f "$directory/application.csv" ]; then
  echo "placement data set of $applicants applicants already in $directory"
  exit 0
fi
classes="$BENCH_DATA_DIR/placement/generator"
mkdir -p "$classes"
javac -d "$classes" bench/scenarios/placement/GeneratePlacement.java
started=$(date +%s)
java -Xmx512m -cp "$classes" GeneratePlacement "$applicants" "$directory.tmp"
rm -rf "$directory"
mv "$directory.tmp" "$directory"
echo "generated $applicants applicants in $(( $(date +%s) - started )) s into $directory"
