#!/usr/bin/env bash
# Generates the queues scenario's data set once (800,000 housing members, 2,000 listings of 1,500
# interested members, 100 pre-schools of 300 waiting; a smoke run: 20,000, 40 and 30) under
# data/bench/queues/<members>/ with the JDK-only GenerateQueues.java.
set -euo pipefail
cd "$BENCH_ROOT"
if [ "$BENCH_MODE" = smoke ]; then members=20000 listings=40 waiting=30; else members=800000 listings=2000 waiting=300; fi
directory="$BENCH_DATA_DIR/queues/$members"
if [ -f "$directory/choice.csv" ]; then
  echo "queues data set of $members members already in $directory"
  exit 0
fi
classes="$BENCH_DATA_DIR/queues/generator"
mkdir -p "$classes"
javac -d "$classes" bench/scenarios/queues/GenerateQueues.java
started=$(date +%s)
java -Xmx512m -cp "$classes" GenerateQueues "$members" "$listings" "$waiting" "$directory.tmp"
rm -rf "$directory"
mv "$directory.tmp" "$directory"
echo "generated $members members and $listings listings in $(( $(date +%s) - started )) s into $directory"
