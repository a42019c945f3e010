#!/usr/bin/env bash
# prepare.after-ready of the invoicing scenario: writes the 60,000 fees and the 100,000 open invoices once
# (they stay in the benchmark's database; a second run finds them) and has the application make the BgMax
# file that pays them.
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
meta() {
  [[ -z "${BENCH_META_FILE:-}" ]] || printf '%s\n' "$@" >>"$BENCH_META_FILE"
}
start=$SECONDS
answer="$(curl -sS --fail-with-body -X POST --max-time 900 "${BENCH_BASE_URL:?}/bench/billing/setup")"
echo "$answer"
meta "dataset=$answer" "dataset_setup_seconds=$((SECONDS - start))"
