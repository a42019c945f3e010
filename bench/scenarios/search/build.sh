#!/usr/bin/env bash
# prepare.before-start of the search scenario: builds the node's search index of N synthetic archive-like
# records (1,000,000 in full mode, 5,000 in smoke mode; BENCH_SEARCH_DOCUMENTS overrides) straight into
# data/bench/search/N with the application's own analysis (org.cityhall.search.bench.BenchSearchIndex, run
# from the application's jar), once per size; and points data/bench/search/current at it, the directory the
# application is started with. The build's figures (documents per second) are recorded with the results.
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
if [[ -n "${BENCH_SEARCH_DOCUMENTS:-}" ]]; then
  count="$BENCH_SEARCH_DOCUMENTS"
elif [[ "${BENCH_MODE:-full}" == smoke ]]; then
  count=5000
else
  count=1000000
fi
base="$BENCH_DATA_DIR/search"
dir="$base/$count"
jar="${BENCH_JAR:-$BENCH_ROOT/target/cityhall-0.1.0-SNAPSHOT.jar}"
meta() {
  [[ -z "${BENCH_META_FILE:-}" ]] || printf '%s\n' "$@" >>"$BENCH_META_FILE"
}
mkdir -p "$base"
# The index is made by the jar's analysis: a newer jar may analyse differently, so its index is built again.
if [[ -f "$dir.properties" && "$dir.properties" -nt "$jar" ]]; then
  echo "Search index of $count documents already in ${dir#"$BENCH_ROOT/"}"
  meta "index_build=cached, built by an earlier run"
else
  [[ -f "$jar" ]] || { echo "no application jar at $jar" >&2; exit 1; }
  rm -rf "$dir" "$dir.properties"
  echo "Building the search index of $count documents into ${dir#"$BENCH_ROOT/"}"
  java -Xms1g -Xmx1g -Dloader.main=org.cityhall.search.bench.BenchSearchIndex -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$dir" "$count" | tee "$dir.properties.tmp"
  grep '=' "$dir.properties.tmp" >"$dir.properties"
  rm -f "$dir.properties.tmp"
  meta "index_build=built in this run"
fi
while IFS='=' read -r key value; do
  [[ -n "$key" ]] && meta "index_$key=$value"
done <"$dir.properties"
meta "index_size=$(du -sh "$dir" | cut -f1)"
ln -sfn "$count" "$base/current"
