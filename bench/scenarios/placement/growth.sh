#!/usr/bin/env bash
# How school choice grows: runs the placement-growth scenario at 10,000, 100,000 and 1,000,000 applicants and
# keeps each result as bench/results/placement-growth-<N>.json. A million needs a larger heap than the default.
# Usage: bench/scenarios/placement/growth.sh [sizes...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
for size in "${sizes[@]}"; do
  BENCH_PLACEMENT_APPLICANTS="$size" BENCH_READY_TIMEOUT=300 \
    BENCH_JVM_OPTS="-Xms4g -Xmx4g -XX:+UseG1GC -XX:+AlwaysPreTouch -XX:+ExitOnOutOfMemoryError" \
    bench/run placement-growth
  cp bench/results/placement-growth.json "bench/results/placement-growth-$size.json"
done
