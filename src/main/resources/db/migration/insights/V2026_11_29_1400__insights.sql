-- Insights: the programme's adoption and benefit figures, kept from cases' events (never from cases' tables).
-- Each fact is written once, keyed by what the event is about, so a redelivered event or the archive's
-- backfill of the same case counts nothing twice; the monthly rollups move in the same transaction as
-- the fact that is new.

-- One row per submitted case: its e-service, channel and month, and when it was first decided.
CREATE TABLE insights_case (
    case_id         uuid PRIMARY KEY,
    eservice_id     text NOT NULL,
    department      text NOT NULL,
    channel         text NOT NULL,
    submitted_at    timestamptz NOT NULL,
    decided_at      timestamptz
);

-- Cases per e-service, month (Stockholm) and channel.
CREATE TABLE insights_month (
    eservice_id     text NOT NULL,
    month           date NOT NULL,
    channel         text NOT NULL,
    cases           integer NOT NULL,
    PRIMARY KEY (eservice_id, month, channel)
);

-- Decisions per e-service and month (Stockholm) of the decision, with the days they took.
CREATE TABLE insights_handling_month (
    eservice_id     text NOT NULL,
    month           date NOT NULL,
    decided         integer NOT NULL,
    days_total      bigint NOT NULL,
    within_target   integer NOT NULL,
    PRIMARY KEY (eservice_id, month)
);

-- Drafts that expired unsubmitted, and how far each draft got.
CREATE TABLE insights_draft (
    draft_id        uuid PRIMARY KEY,
    eservice_id     text NOT NULL,
    step_index      integer NOT NULL,
    step_id         text NOT NULL,
    abandoned_at    timestamptz
);

CREATE TABLE insights_abandoned_step (
    eservice_id     text NOT NULL,
    step_id         text NOT NULL,
    step_index      integer NOT NULL,
    drafts          integer NOT NULL,
    PRIMARY KEY (eservice_id, step_id)
);

-- How far the backfill from the e-archive has read (one row).
CREATE TABLE insights_backfill (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    sequence        bigint NOT NULL,
    finished_at     timestamptz
);
INSERT INTO insights_backfill (sequence) VALUES (0);
