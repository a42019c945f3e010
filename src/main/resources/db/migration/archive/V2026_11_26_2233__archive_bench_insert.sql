-- The bare insert the filing benchmark compares filing with (bench/scenarios/archive.properties): the
-- same row as archive_record, with no lock, no chain and no idempotency check. Written only by POST
-- /bench/archive/insert, which exists only with cityhall.bench.baseline-endpoint=true.
CREATE TABLE archive_bench_insert (LIKE archive_record INCLUDING DEFAULTS);
ALTER TABLE archive_bench_insert
  DROP COLUMN sequence, DROP COLUMN digest, DROP COLUMN prev_hash, DROP COLUMN hash, DROP COLUMN disposal,
  ADD PRIMARY KEY (id);
