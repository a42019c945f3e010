-- The bare insert the submission benchmark compares a submission with (bench/scenarios/cases.properties).
-- Written only by POST /bench/cases/insert, which exists only with cityhall.bench.baseline-endpoint=true.
CREATE TABLE cases_bench_insert (
    id        uuid PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor_id  text        NOT NULL,
    body      jsonb       NOT NULL
);
