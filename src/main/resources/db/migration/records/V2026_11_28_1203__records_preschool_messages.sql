-- Messages between a pre-school and a child's guardians: one conversation a child, kept in order.
CREATE TABLE records_message (
    id        uuid PRIMARY KEY,
    child     char(12) NOT NULL,
    preschool text NOT NULL,
    from_kind text NOT NULL CHECK (from_kind IN ('staff', 'guardian')),
    from_id   text NOT NULL,
    from_name text NOT NULL,
    body      text NOT NULL,
    sent_at   timestamptz NOT NULL
);
CREATE INDEX records_message_by_child ON records_message (child, sent_at);
