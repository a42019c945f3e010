#!/usr/bin/env bash
# prepare.before-start of the registers scenario: writes the data set as tab-separated text for COPY, once per
# size, into data/bench/registers/N/ (git-ignored); an existing, complete set (dataset.properties written last)
# is kept.
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
count="$(bash bench/scenarios/registers/size.sh)"
dir="$BENCH_DATA_DIR/registers/$count"
if [[ -f "$dir/dataset.properties" ]]; then
  echo "Data set of $count properties already in ${dir#"$BENCH_ROOT/"}"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
echo "Generating $count properties and 14,000 boreholes into ${dir#"$BENCH_ROOT/"}"
java -Xmx512m bench/scenarios/registers/GenerateRegisters.java "$dir" "$count"
