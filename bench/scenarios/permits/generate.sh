#!/usr/bin/env bash
# prepare.before-start of the permits scenario: writes 60,000 permits and their paid quarters as CSV for
# COPY into data/bench/permits/ (git-ignored), once; an existing, complete data set is kept (its
# dataset.properties is written last).
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
count=60000
dir="$BENCH_DATA_DIR/permits/$count"
if [[ -f "$dir/dataset.properties" ]]; then
  echo "Data set of $count permits already in ${dir#"$BENCH_ROOT/"}"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
echo "Generating $count permits into ${dir#"$BENCH_ROOT/"}"
java -Xmx256m bench/scenarios/permits/GeneratePermits.java "$dir" "$count"
