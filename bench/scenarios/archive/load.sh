#!/usr/bin/env bash
# Loads the archive data set with COPY unless the database holds it already, removes what earlier
# runs filed, and verifies the chain with 'java -jar ... archive verify': its rates go into the
# results' meta (verify_*), beside the filing figures the load generator measures.
set -euo pipefail
cd "$BENCH_ROOT"
records="${BENCH_ARCHIVE_RECORDS:-$([ "$BENCH_MODE" = smoke ] && echo 5000 || echo 1000000)}"
directory="$BENCH_DATA_DIR/archive/$records"
head_hash=$(grep '^hash=' "$directory/head.properties" | cut -d= -f2)
loaded=$(psql -qtAX -c "SELECT count(*) FROM archive_record WHERE key = 'bench-load:$records' AND hash = '$head_hash'")
if [ "$loaded" != "1" ]; then
  started=$(date +%s)
  psql -q -v ON_ERROR_STOP=1 <<SQL
ALTER TABLE archive_record DISABLE TRIGGER USER;
ALTER TABLE archive_checkpoint DISABLE TRIGGER USER;
ALTER TABLE archive_disposal_item DISABLE TRIGGER USER;
TRUNCATE archive_record, archive_checkpoint, archive_disposal_item;
ALTER TABLE archive_disposal_item ENABLE TRIGGER USER;
DROP INDEX IF EXISTS archive_record_by_matter_idx, archive_record_by_subject_idx;
\copy archive_record (id, sequence, key, occurred_at, filed_at, source_module, record_type, subject_kind, subject_id, subject_name, matter, title_sv, title_en, department, retention, audience, closes_matter, content, documents, digest, prev_hash, hash) FROM '$directory/archive_record.csv' WITH (FORMAT csv)
CREATE TEMP TABLE bench_documents (LIKE documents_content);
\copy bench_documents (sha256, media_type, size, content, stored_at) FROM '$directory/documents_content.csv' WITH (FORMAT csv)
INSERT INTO documents_content SELECT * FROM bench_documents ON CONFLICT (sha256) DO NOTHING;
CREATE INDEX archive_record_by_matter_idx ON archive_record (matter, sequence) WHERE matter IS NOT NULL;
CREATE INDEX archive_record_by_subject_idx ON archive_record (subject_id, sequence) WHERE subject_id IS NOT NULL;
ALTER TABLE archive_record ENABLE TRIGGER USER;
ALTER TABLE archive_checkpoint ENABLE TRIGGER USER;
SQL
  psql -q -c "VACUUM ANALYZE archive_record" -c "VACUUM ANALYZE documents_content"
  echo "load_seconds=$(( $(date +%s) - started ))" >> "$BENCH_META_FILE"
  echo "loaded=true" >> "$BENCH_META_FILE"
else
  echo "loaded=false" >> "$BENCH_META_FILE"
fi
# What earlier runs filed after the data set, and their bare inserts, go; the head is the data set's again.
psql -q -v ON_ERROR_STOP=1 <<SQL
ALTER TABLE archive_record DISABLE TRIGGER USER;
DELETE FROM archive_record WHERE sequence > $records;
ALTER TABLE archive_record ENABLE TRIGGER USER;
UPDATE archive_chain SET sequence = $records, hash = '$head_hash';
TRUNCATE archive_bench_insert;
SQL
echo "records=$records" >> "$BENCH_META_FILE"
grep -E '^(documents|document_bytes)=' "$directory/head.properties" | sed 's/^/data_/' >> "$BENCH_META_FILE"

# The baseline for verifying: reading the same rows in the same order, and nothing else.
read_started=$(date +%s%N)
psql -q -c "\\copy (SELECT * FROM archive_record ORDER BY sequence) TO '/dev/null'"
read_seconds=$(awk "BEGIN { printf \"%.2f\", ($(date +%s%N) - $read_started) / 1e9 }")
echo "baseline_read_seconds=$read_seconds" >> "$BENCH_META_FILE"
echo "baseline_read_records_per_s=$(awk "BEGIN { printf \"%d\", $records / $read_seconds }")" >> "$BENCH_META_FILE"

jar="${BENCH_JAR:-target/cityhall-0.1.0-SNAPSHOT.jar}"
output=$(java -Xms512m -Xmx512m -jar "$jar" archive verify --spring.datasource.url="$BENCH_JDBC_URL" \
  --spring.datasource.username="${PGUSER:-postgres}" ${PGPASSWORD:+--spring.datasource.password="$PGPASSWORD"})
echo "$output"
rate=$(echo "$output" | sed -n 's/.*(\([0-9,]*\) records\/s).*/\1/p' | tr -d ,)
seconds=$(echo "$output" | sed -n 's/^records .* in \([0-9.]*\) s .*/\1/p')
mbs=$(echo "$output" | sed -n 's/^documents .* (\([0-9.]*\) MB\/s).*/\1/p')
echo "verify_chain_records_per_s=$rate" >> "$BENCH_META_FILE"
echo "verify_chain_seconds=$seconds" >> "$BENCH_META_FILE"
echo "verify_documents_mb_per_s=$mbs" >> "$BENCH_META_FILE"
echo "$output" | grep -q '^INTACT' && echo "verify_intact=true" >> "$BENCH_META_FILE" || { echo "verify_intact=false" >> "$BENCH_META_FILE"; exit 1; }
if [ "${rate:-0}" -ge 50000 ]; then echo "verify_target_50000_per_s=PASS" >> "$BENCH_META_FILE"; else echo "verify_target_50000_per_s=MISS" >> "$BENCH_META_FILE"; fi
