-- The records benchmark's bare insert (bench/scenarios/records.properties): the rows an import writes,
-- in a table of their own with no index beyond the key and no foreign key, so the import is measured
-- against the plainest write of the same rows in the same run. Empty outside benchmarks.
CREATE TABLE records_bench_insert (LIKE records_diary_entry INCLUDING DEFAULTS);
ALTER TABLE records_bench_insert ADD PRIMARY KEY (id);
