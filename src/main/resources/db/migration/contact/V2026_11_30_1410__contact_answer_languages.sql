-- Knowledge base answers in both languages, changed and retired with a record of who did it and when.
-- Answers written before this have their text in Swedish only: their English waits for the next edit.

ALTER TABLE contact_answer RENAME COLUMN title TO title_sv;
ALTER TABLE contact_answer RENAME COLUMN body TO body_sv;
ALTER TABLE contact_answer ADD COLUMN title_en text;
ALTER TABLE contact_answer ADD COLUMN body_en text;
ALTER TABLE contact_answer ADD COLUMN version int NOT NULL DEFAULT 1;
ALTER TABLE contact_answer ADD COLUMN retired_by text;
ALTER TABLE contact_answer ADD COLUMN retired_at timestamptz;
ALTER TABLE contact_answer ADD CONSTRAINT contact_answer_retired CHECK ((retired_by IS NULL) = (retired_at IS NULL));

-- Every version of every answer: what it said, who wrote, changed or retired it, and when.
CREATE TABLE contact_answer_revision (
    answer_id   uuid NOT NULL REFERENCES contact_answer (id),
    version     int NOT NULL,
    change      text NOT NULL CHECK (change IN ('written', 'edited', 'retired')),
    title_sv    text NOT NULL,
    body_sv     text NOT NULL,
    title_en    text,
    body_en     text,
    keywords    text NOT NULL,
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (answer_id, version)
);

INSERT INTO contact_answer_revision (answer_id, version, change, title_sv, body_sv, keywords, changed_by, changed_at)
SELECT id, 1, 'written', title_sv, body_sv, keywords, updated_by, updated_at FROM contact_answer;
