#!/usr/bin/env bash
# Loads the placement data set with COPY into the bench round (its own id, its own 'bench-' schools),
# replacing whatever an earlier run left of it, so every run allocates the same round from scratch.
set -euo pipefail
cd "$BENCH_ROOT"
applicants="${BENCH_PLACEMENT_APPLICANTS:-$([ "$BENCH_MODE" = smoke ] && echo 2000 || echo 100000)}"
directory="$BENCH_DATA_DIR/placement/$applicants"
round=00000000-0000-7000-8000-00000000be7c
started=$(date +%s)
psql -q -v ON_ERROR_STOP=1 <<SQL
DELETE FROM placement_result WHERE round_id = '$round';
DELETE FROM placement_application WHERE round_id = '$round';
DELETE FROM placement_places WHERE round_id = '$round';
DELETE FROM placement_round WHERE id = '$round';
DELETE FROM placement_school WHERE code LIKE 'bench-%';
INSERT INTO placement_round (id, name, school_year, opens_at, closes_at, publishes_at, reference_date, seed, unconfirmed, status)
VALUES ('$round', 'Bänkomgång', 2027, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z',
        '2027-01-15', 20261127, 'include', 'open');
\copy placement_school (code, name, municipal, district, easting, northing, rules) FROM '$directory/school.csv' WITH (FORMAT csv)
\copy placement_places (round_id, school_code, grade, places) FROM '$directory/places.csv' WITH (FORMAT csv)
\copy placement_application (id, round_id, case_number, child, child_name, grade, choices, applicant, other_guardian, confirmed_at, submitted_at, household, siblings, district, easting, northing) FROM '$directory/application.csv' WITH (FORMAT csv)
SQL
psql -q -c "VACUUM ANALYZE placement_application" -c "VACUUM ANALYZE placement_places"
echo "applicants=$applicants" >> "$BENCH_META_FILE"
echo "schools=600" >> "$BENCH_META_FILE"
echo "load_seconds=$(( $(date +%s) - started ))" >> "$BENCH_META_FILE"
