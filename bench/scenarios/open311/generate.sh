#!/usr/bin/env bash
# prepare.before-start of the open311 scenario: writes 300,000 reports as CSV for COPY into
# data/bench/open311/ (git-ignored), once; an existing, complete data set is kept (its dataset.properties
# is written last).
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
count=300000
dir="$BENCH_DATA_DIR/open311/$count"
if [[ -f "$dir/dataset.properties" ]]; then
  echo "Data set of $count reports already in ${dir#"$BENCH_ROOT/"}"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
echo "Generating $count reports into ${dir#"$BENCH_ROOT/"}"
java -Xmx256m bench/scenarios/open311/GenerateReports.java "$dir" "$count"
