#!/usr/bin/env bash
# Generates the records scenario's care diary once, ten years of daily records up to a fixed last day
# (2026-11-26), under data/bench/records/ with the JDK-only GenerateRecords.java.
set -euo pipefail
cd "$BENCH_ROOT"
directory="$BENCH_DATA_DIR/records"
file="$directory/diary-2026-11-26-v2.csv"
if [ -f "$file" ]; then
  echo "records data set already in $file"
  exit 0
fi
classes="$directory/generator"
mkdir -p "$classes"
javac -d "$classes" bench/scenarios/records/GenerateRecords.java
rows=$(java -Xmx256m -cp "$classes" GenerateRecords 2026-11-26 "$file.tmp")
mv "$file.tmp" "$file"
echo "generated $rows diary entries into $file"
