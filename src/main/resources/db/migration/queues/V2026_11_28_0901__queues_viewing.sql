-- A landlord's viewings: the members invited to see a listing, when and where, and their answers.
CREATE TABLE queues_viewing (
    id              uuid PRIMARY KEY,
    alternative_id  text NOT NULL REFERENCES queues_alternative (id),
    entry_id        uuid NOT NULL REFERENCES queues_entry (id),
    at              timestamptz NOT NULL,
    place           text NOT NULL,
    invited_by      text NOT NULL,
    invited_at      timestamptz NOT NULL,
    answer          text NOT NULL CHECK (answer IN ('pending', 'coming', 'not-coming')),
    answered_at     timestamptz,
    -- A member is invited to a listing's viewing once.
    UNIQUE (alternative_id, entry_id)
);
CREATE INDEX queues_viewing_entry ON queues_viewing (entry_id);
