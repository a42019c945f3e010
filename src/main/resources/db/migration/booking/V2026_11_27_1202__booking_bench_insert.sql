-- The booking benchmark's bare insert (bench/scenarios/booking.properties): the row a booking writes,
-- in a table of its own with no trigger, no index and no constraint beyond the key, so the rush is
-- measured against the plainest write of the same data in the same run. Empty outside benchmarks.
CREATE TABLE booking_bench_insert (LIKE booking_booking INCLUDING DEFAULTS);
ALTER TABLE booking_bench_insert ADD PRIMARY KEY (id);
