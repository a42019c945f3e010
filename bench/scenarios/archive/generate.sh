#!/usr/bin/env bash
# Generates the archive scenario's data set once (1,000,000 records; 5,000 in a smoke run, or
# BENCH_ARCHIVE_RECORDS) under data/bench/archive/<N>/, hashed by the application's own classes.
set -euo pipefail
cd "$BENCH_ROOT"
records="${BENCH_ARCHIVE_RECORDS:-$([ "$BENCH_MODE" = smoke ] && echo 5000 || echo 1000000)}"
directory="$BENCH_DATA_DIR/archive/$records"
if [ -f "$directory/head.properties" ]; then
  echo "archive data set of $records records already in $directory"
  exit 0
fi
mkdir -p "$BENCH_DATA_DIR/archive"
classpath_file="$BENCH_DATA_DIR/archive/classpath.txt"
if [ ! -f "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null
fi
[ -d target/classes/org/cityhall/archive/chain ] || ./mvnw -q -B -ntp -DskipTests compile
classes="$BENCH_DATA_DIR/archive/generator"
mkdir -p "$classes"
javac -proc:none -d "$classes" -cp "target/classes:$(cat "$classpath_file")" bench/scenarios/archive/GenerateArchive.java
started=$(date +%s)
java -Xmx512m -cp "$classes:target/classes:$(cat "$classpath_file")" GenerateArchive "$records" "$directory.tmp"
mv "$directory.tmp" "$directory"
echo "generated $records archive records in $(( $(date +%s) - started )) s into $directory"
