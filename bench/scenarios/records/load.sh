#!/usr/bin/env bash
# Loads the ten-year care diary with COPY into the demo elderly persona's diary (started by the demo
# city), unless it is already there; writes the diary's page as the paths file; then times one import of
# 100,000 care records (5,000 in a smoke run) through the import, for the records-per-second figure.
set -euo pipefail
cd "$BENCH_ROOT"
directory="$BENCH_DATA_DIR/records"
file="$directory/diary-2026-11-26-v2.csv"
person=193902149867
diary=$(psql -Atq -c "SELECT id FROM records_diary WHERE person = '$person'")
if [ -z "$diary" ]; then
  echo "the demo city's elderly persona has no care diary: is the application in demo mode?" >&2
  exit 1
fi
started=$(date +%s)
loaded=$(psql -Atq -c "SELECT count(*) FROM records_diary_entry WHERE diary_id = '$diary' AND source = 'bench-data'")
lines_in_file=$(wc -l < "$file")
if [ "$loaded" -lt "$lines_in_file" ]; then
  psql -q -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE bench_entry (source_ref text, kind text, occurred_at timestamptz, measure text, note text, performed_by text);
\copy bench_entry FROM '$file' WITH (FORMAT csv)
INSERT INTO records_diary_entry (id, diary_id, kind, occurred_at, measure, note, performed_by, source, source_ref, recorded_at)
SELECT gen_random_uuid(), '$diary', kind, occurred_at, measure, note, performed_by, 'bench-data', source_ref, now() FROM bench_entry
ON CONFLICT (source, source_ref) DO NOTHING;
SQL
  psql -q -c "VACUUM ANALYZE records_diary_entry"
fi
entries=$(psql -Atq -c "SELECT count(*) FROM records_diary_entry WHERE diary_id = '$diary'")
echo "/care-diary/$diary" > "$directory/diary-paths.txt"
echo "diary_entries=$entries" >> "$BENCH_META_FILE"
echo "diary_load_seconds=$(( $(date +%s) - started ))" >> "$BENCH_META_FILE"

lines=$([ "$BENCH_MODE" = smoke ] && echo 5000 || echo 100000)
started_ms=$(date +%s%3N)
answer=$(curl -sS -f -X POST "$BENCH_BASE_URL/bench/records/import?lines=$lines")
elapsed_ms=$(( $(date +%s%3N) - started_ms ))
echo "one import of $lines records: $answer in $elapsed_ms ms"
echo "import_lines=$lines" >> "$BENCH_META_FILE"
echo "import_ms=$elapsed_ms" >> "$BENCH_META_FILE"
echo "import_records_per_second=$(( lines * 1000 / (elapsed_ms > 0 ? elapsed_ms : 1) ))" >> "$BENCH_META_FILE"
