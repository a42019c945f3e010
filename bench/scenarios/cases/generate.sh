#!/usr/bin/env bash
# prepare.before-start of the cases scenario: writes the data set as CSV for COPY, once per size, into
# data/bench/cases/N/ (git-ignored). A full run takes 1,000,000 cases, a smoke run 5,000; an existing,
# complete data set is kept (its dataset.properties is written last).
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
count="$(bash bench/scenarios/cases/size.sh)"
dir="$BENCH_DATA_DIR/cases/$count"
if [[ -f "$dir/dataset.properties" ]]; then
  echo "Data set of $count cases already in ${dir#"$BENCH_ROOT/"}"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
echo "Generating $count cases into ${dir#"$BENCH_ROOT/"}"
java -Xmx512m bench/scenarios/cases/GenerateCases.java "$dir" "$count"
