-- The care diary (omsorgsdagbok): one diary a person receiving elderly care, held by the unit that
-- gives the care, and its entries as the operations system sends them or staff write them.
CREATE TABLE records_diary (
    id          uuid PRIMARY KEY,
    person      char(12) NOT NULL UNIQUE,
    person_name text NOT NULL DEFAULT '',
    unit        text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX records_diary_unit ON records_diary (unit, person_name);

-- kind: decision (biståndsbeslut), plan (genomförandeplan), detail (personal details held), note (the
-- day-to-day record of what was done). source + source_ref make an import idempotent: the same line sent
-- again is the same entry.
CREATE TABLE records_diary_entry (
    id           uuid PRIMARY KEY,
    diary_id     uuid NOT NULL REFERENCES records_diary (id),
    kind         text NOT NULL CHECK (kind IN ('decision', 'plan', 'detail', 'note')),
    occurred_at  timestamptz NOT NULL,
    measure      text NOT NULL,
    note         text NOT NULL DEFAULT '',
    performed_by text NOT NULL,
    source       text NOT NULL,
    source_ref   text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    UNIQUE (source, source_ref)
);
CREATE INDEX records_diary_entry_by_time ON records_diary_entry (diary_id, occurred_at DESC, id DESC);

-- Each import as received: who sent it, how many lines, what came of them. The file itself is in the
-- document store, under its SHA-256, and filed in the archive.
CREATE TABLE records_import (
    id          uuid PRIMARY KEY,
    source      text NOT NULL,
    document    char(64) NOT NULL,
    received_at timestamptz NOT NULL,
    lines       integer NOT NULL,
    accepted    integer NOT NULL,
    duplicates  integer NOT NULL,
    rejected    integer NOT NULL
);

-- The standing entries (decisions, plans, details) are few beside ten years of daily notes.
CREATE INDEX records_diary_entry_standing ON records_diary_entry (diary_id, kind, occurred_at DESC) WHERE kind <> 'note';
