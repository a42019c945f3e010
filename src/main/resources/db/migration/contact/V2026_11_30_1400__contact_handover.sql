-- A contact handed to a department with a note (issue 12): the department's officers see it, one takes it and
-- closes it with an outcome. The resident's data reaches the department only through the hand-over.

CREATE SEQUENCE contact_handover_number;

CREATE TABLE contact_handover (
    id              uuid PRIMARY KEY,
    -- What staff and the archive call it: KC-<year>-<number>.
    reference       text NOT NULL UNIQUE,
    contact_id      uuid NOT NULL UNIQUE REFERENCES contact_contact (id),
    department      text NOT NULL,
    note            text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
    handed_over_by  text NOT NULL,
    handed_over_at  timestamptz NOT NULL,
    state           text NOT NULL CHECK (state IN ('open', 'taken', 'closed')),
    taken_by        text,
    taken_at        timestamptz,
    closed_by       text,
    closed_at       timestamptz,
    outcome         text CHECK (length(outcome) <= 4000),
    CHECK ((state = 'open') = (taken_by IS NULL)),
    CHECK ((state = 'closed') = (closed_at IS NOT NULL AND outcome IS NOT NULL))
);

CREATE INDEX contact_handover_department ON contact_handover (department, state, handed_over_at);
CREATE INDEX contact_handover_agent ON contact_handover (handed_over_by, handed_over_at DESC);
