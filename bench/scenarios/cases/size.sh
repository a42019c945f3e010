#!/usr/bin/env bash
# The number of cases the cases scenario runs with: 1,000,000 in full mode, 5,000 in smoke mode;
# BENCH_CASES overrides it.
if [[ -n "${BENCH_CASES:-}" ]]; then
  echo "$BENCH_CASES"
elif [[ "${BENCH_MODE:-full}" == smoke ]]; then
  echo 5000
else
  echo 1000000
fi
