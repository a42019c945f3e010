#!/usr/bin/env bash
# The number of properties (each with an address and a radon reading) the registers scenario runs with:
# 100,000 in full mode, 10,000 in smoke mode; BENCH_PROPERTIES overrides it. Boreholes are always 14,000.
if [[ -n "${BENCH_PROPERTIES:-}" ]]; then
  echo "$BENCH_PROPERTIES"
elif [[ "${BENCH_MODE:-full}" == smoke ]]; then
  echo 10000
else
  echo 100000
fi
