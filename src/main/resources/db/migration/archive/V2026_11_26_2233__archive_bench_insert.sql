-- The bare insert the filing benchmark compares filing with (bench/scenarios/archive.properties): the
-- same row as archive_record, with no lock, no chain and no idempotency check. Written only by POST
-- /bench/archive/insert, which exists only with cityhall.bench.baseline-endpoint=true.
CREATE TABLE archive_bench_insert
(
  id            UUID        NOT NULL,
  key           TEXT        NOT NULL,
  occurred_at   TIMESTAMPTZ NOT NULL,
  filed_at      TIMESTAMPTZ NOT NULL,
  source_module TEXT        NOT NULL,
  record_type   TEXT        NOT NULL,
  subject_kind  TEXT,
  subject_id    TEXT,
  subject_name  TEXT,
  matter        TEXT,
  title_sv      TEXT,
  title_en      TEXT,
  department    TEXT,
  retention     TEXT        NOT NULL,
  audience      TEXT        NOT NULL,
  closes_matter BOOLEAN     NOT NULL,
  content       TEXT,
  documents     TEXT[]      NOT NULL DEFAULT '{}',
  PRIMARY KEY (id)
);
