#!/usr/bin/env bash
# Loads the queues data set with COPY, replacing the bench rows an earlier run left (their ids and
# references start with 'bench-' and 'BENCH-'), unless exactly this data set is loaded already: the
# offer rounds roll back, so a run leaves the queues as it found them. Tells the application the sizes.
set -euo pipefail
cd "$BENCH_ROOT"
if [ "$BENCH_MODE" = smoke ]; then members=20000 listings=40 waiting=30; else members=800000 listings=2000 waiting=300; fi
directory="$BENCH_DATA_DIR/queues/$members"
started=$(date +%s)
loaded=$(psql -qAt -c "SELECT (SELECT count(*) FROM queues_alternative WHERE id LIKE 'bench-listing-%') || '/' ||
                              (SELECT count(*) FROM queues_entry WHERE reference LIKE 'BENCH-%') || '/' ||
                              (SELECT count(*) FROM queues_offer WHERE alternative_id LIKE 'bench-%')")
if [ "$loaded" = "$listings/$(( members + 100 * waiting ))/0" ]; then
  echo "queues data set already loaded ($loaded)"
else
  psql -q -v ON_ERROR_STOP=1 <<SQL
DELETE FROM queues_offer WHERE alternative_id LIKE 'bench-%';
DELETE FROM queues_place WHERE alternative_id LIKE 'bench-%';
DELETE FROM queues_choice WHERE alternative_id LIKE 'bench-%';
DELETE FROM queues_choice WHERE entry_id IN (SELECT id FROM queues_entry WHERE reference LIKE 'BENCH-%');
DELETE FROM queues_entry WHERE reference LIKE 'BENCH-%';
DELETE FROM queues_alternative WHERE id LIKE 'bench-%';
\copy queues_alternative (id, queue_id, name, district, facts, published) FROM '$directory/alternative.csv' WITH (FORMAT csv)
\copy queues_entry (id, queue_id, reference, applicant_type, applicant_id, applicant_name, subject_type, subject_id, subject_name, contact_email, queue_date, registered_at, priority_group, desired_start, guarantee_date, keep_higher, household_size, meets_income, status, version) FROM '$directory/entry.csv' WITH (FORMAT csv)
\copy queues_choice (entry_id, alternative_id, preference, status) FROM '$directory/choice.csv' WITH (FORMAT csv)
SQL
  psql -q -c "VACUUM ANALYZE queues_entry" -c "VACUUM ANALYZE queues_choice" -c "VACUUM ANALYZE queues_alternative"
fi
curl -fsS -X POST "$BENCH_BASE_URL/bench/queues/setup?members=$members&listings=$listings" >/dev/null
echo "members=$members" >> "$BENCH_META_FILE"
echo "listings=$listings" >> "$BENCH_META_FILE"
echo "interested_per_listing=1500" >> "$BENCH_META_FILE"
echo "preschools=100" >> "$BENCH_META_FILE"
echo "waiting_per_preschool=$waiting" >> "$BENCH_META_FILE"
echo "load_seconds=$(( $(date +%s) - started ))" >> "$BENCH_META_FILE"
