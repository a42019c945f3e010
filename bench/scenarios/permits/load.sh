#!/usr/bin/env bash
# prepare.after-ready of the permits scenario: the application is up and its schema migrated.
#  1. loads the generated permits with COPY, unless the database already holds them, and gives each its
#     quarter, paid, starting (offset) days before today; the permits' triggers write the change log, so
#     the running application's index takes them in within a second or two;
#  2. registers the benchmark's handheld device (its key derives from the secret in app.args);
#  3. waits until the warden's check answers VALID for the first permit's plate, so the measurements
#     start on the full index.
# psql connects through the PG* variables bench/run exports.
set -euo pipefail
cd "${BENCH_ROOT:?run through bench/run}"
count=60000
dir="$BENCH_DATA_DIR/permits/$count"
[[ -f "$dir/dataset.properties" ]] || { echo "no data set in $dir: generate.sh has not run" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to load the data set" >&2; exit 1; }
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
meta() {
  [[ -z "${BENCH_META_FILE:-}" ]] || printf '%s\n' "$@" >>"$BENCH_META_FILE"
}

loaded="$(psql -tA -c "SELECT count(*) FROM permits_permit WHERE reference LIKE 'BENCH-%'")"
if [[ "$loaded" == "$count" ]]; then
  echo "The database holds the $count permits: not loaded again"
  meta "dataset_load=already in the database"
else
  echo "Loading $count permits with COPY from ${dir#"$BENCH_ROOT/"}"
  start=$SECONDS
  psql <<SQL
BEGIN;
DELETE FROM permits_period WHERE permit_id IN (SELECT id FROM permits_permit WHERE reference LIKE 'BENCH-%');
DELETE FROM permits_permit WHERE reference LIKE 'BENCH-%';
\copy permits_permit (id, reference, holder, holder_name, zone, plate, status, granted_at) FROM '$dir/permits.csv' WITH (FORMAT csv)
CREATE TEMP TABLE bench_period (id uuid, permit_id uuid, offset_days int, fee_id uuid) ON COMMIT DROP;
\copy bench_period FROM '$dir/periods.csv' WITH (FORMAT csv)
INSERT INTO permits_period (id, permit_id, period, starts_on, ends_on, amount, fee_id, paid_at)
SELECT id, permit_id, 'QUARTER', current_date - offset_days, (current_date - offset_days + interval '3 months' - interval '1 day')::date,
       2900, fee_id, now()
FROM bench_period;
COMMIT;
ANALYZE permits_permit;
ANALYZE permits_period;
SQL
  meta "dataset_load=loaded now, $((SECONDS - start)) s"
fi
meta "dataset_permits=$count" "dataset_permits_in_database=$(psql -tA -c "SELECT count(*) FROM permits_permit")"

psql -c "INSERT INTO permits_warden_device (id, name, active, registered_at) VALUES ('bench-handheld', 'Benchmark handheld', true, now())
         ON CONFLICT (id) DO UPDATE SET active = true"

url="${BENCH_BASE_URL:?run through bench/run}"
for _ in $(seq 1 120); do
  answer="$(curl -s -H 'X-Device-Id: bench-handheld' -H 'X-Device-Time: 1800000000' \
    -H 'X-Device-Signature: S9QTACkod4dKW+M1IabGa725d5Dp+nGho2gGqFez10M=' "$url/api/v1/warden/check?plate=BBA000&zone=S" || true)"
  if [[ "$answer" == *'"reason":"VALID"'* ]]; then
    echo "The index answers for the loaded permits"
    exit 0
  fi
  sleep 1
done
echo "The warden's check did not answer VALID for BBA000 within two minutes: $answer" >&2
exit 1
