#!/usr/bin/env bash
# prepare.after-ready of the open311 scenario: the application is up and its schema migrated.
#  1. loads the generated reports with COPY, unless the database already holds them, their times spread
#     over the year before now;
#  2. registers the benchmark's Open311 client with a known key and a rate no run reaches (every request
#     is still counted against its bucket).
# psql connects through the PG* variables bench/run exports.
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
count=300000
dir="$BENCH_DATA_DIR/open311/$count"
[[ -f "$dir/dataset.properties" ]] || { echo "no data set in $dir: generate.sh has not run" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to load the data set" >&2; exit 1; }
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
meta() {
  [[ -z "${BENCH_META_FILE:-}" ]] || printf '%s\n' "$@" >>"$BENCH_META_FILE"
}

loaded="$(psql -tA -c "SELECT count(*) FROM feedback_report WHERE reference LIKE 'BENCH-%'")"
if [[ "$loaded" == "$count" ]]; then
  echo "The database holds the $count reports: not loaded again"
  meta "dataset_load=already in the database"
else
  echo "Loading $count reports with COPY from ${dir#"$BENCH_ROOT/"}"
  start=$SECONDS
  psql <<SQL
BEGIN;
DELETE FROM feedback_report WHERE reference LIKE 'BENCH-%';
CREATE TEMP TABLE bench_report (id uuid, case_id uuid, reference text, service_code text, description text, public_description text,
  public_view boolean, latitude double precision, longitude double precision, department text, status text, token text, offset_seconds bigint)
  ON COMMIT DROP;
\copy bench_report FROM '$dir/reports.csv' WITH (FORMAT csv)
INSERT INTO feedback_report (id, case_id, reference, service_code, description, public_description, public_view, latitude, longitude,
  department, status, token, requested_at, updated_at)
SELECT id, case_id, reference, service_code, description, public_description, public_view, latitude, longitude, department, status, token,
  now() - offset_seconds * interval '1 second', now() - offset_seconds * interval '1 second'
FROM bench_report;
COMMIT;
ANALYZE feedback_report;
SQL
  meta "dataset_load=loaded now, $((SECONDS - start)) s"
fi
meta "dataset_reports=$count" "dataset_reports_in_database=$(psql -tA -c "SELECT count(*) FROM feedback_report")" \
  "dataset_reports_in_90_days=$(psql -tA -c "SELECT count(*) FROM feedback_report WHERE public_view AND requested_at > now() - interval '90 days'")"

# The key bench-open311-key-0123456789, kept as its SHA-256 like every client's.
hash="$(printf '%s' 'bench-open311-key-0123456789' | sha256sum | cut -d' ' -f1)"
psql -c "INSERT INTO feedback_api_client (id, name, key_hash, requests_per_minute, active, created_at)
         VALUES ('019a0000-0000-7000-8000-0000000b3311', 'Benchmark client', '$hash', 100000000, true, now())
         ON CONFLICT (id) DO UPDATE SET active = true, key_hash = EXCLUDED.key_hash"
