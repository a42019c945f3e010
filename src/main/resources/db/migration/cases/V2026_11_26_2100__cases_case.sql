-- A matter between the city and someone: the one record every kind of e-service makes on submission.
CREATE TABLE cases_case (
    id                  uuid PRIMARY KEY,
    number              text        NOT NULL UNIQUE,
    eservice_id         text        NOT NULL,
    definition_version  text        NOT NULL,
    department          text        NOT NULL,
    kind                text        NOT NULL,
    channel             text        NOT NULL,
    applicant_type      text        NOT NULL,
    applicant_id        text        NOT NULL,
    applicant_name      text        NOT NULL,
    subject_type        text        NOT NULL,
    subject_id          text        NOT NULL,
    subject_name        text        NOT NULL,
    representation      text        NOT NULL,
    registered_by       text,
    status              text        NOT NULL,
    submitted_at        timestamptz NOT NULL,
    due_at              timestamptz,
    assigned_to         text,
    assigned_name       text,
    answers             jsonb       NOT NULL,
    checksum            text        NOT NULL,
    idempotency_key     text        NOT NULL UNIQUE,
    access_token_hash   text UNIQUE,
    contact_email       text,
    decision_outcome    text,
    decision_reasons    text,
    decided_at          timestamptz,
    follow_up_of        text,
    version             integer     NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL
);

-- My pages lists a person's cases newest first; the back office lists a department's by status.
CREATE INDEX cases_case_subject ON cases_case (subject_id, submitted_at DESC);
CREATE INDEX cases_case_applicant ON cases_case (applicant_id, submitted_at DESC);
CREATE INDEX cases_case_department ON cases_case (department, status, submitted_at DESC);
CREATE INDEX cases_case_assigned ON cases_case (assigned_to, status) WHERE assigned_to IS NOT NULL;
CREATE INDEX cases_case_eservice ON cases_case (eservice_id, status, submitted_at DESC);

-- Case numbers run per prefix and year; a number taken by a submission that then fails is not reused.
CREATE TABLE cases_number (
    prefix text    NOT NULL,
    year   integer NOT NULL,
    last   bigint  NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- What happened to a case, in order; entries for staff only never reach the applicant.
CREATE TABLE cases_timeline (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases_case (id),
    at          timestamptz NOT NULL,
    what        text        NOT NULL,
    audience    text        NOT NULL,
    actor_type  text        NOT NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    status      text,
    text        text
);
CREATE INDEX cases_timeline_case ON cases_timeline (case_id, at);

-- The documents of a case: attachments, receipt, supplements, decision. The bytes live in the document store.
CREATE TABLE cases_document (
    case_id     uuid        NOT NULL REFERENCES cases_case (id),
    document    text        NOT NULL,
    role        text        NOT NULL,
    filename    text        NOT NULL,
    media_type  text        NOT NULL,
    size        bigint      NOT NULL,
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (case_id, document, role)
);

-- One thread per case between the applicant and the officers.
CREATE TABLE cases_message (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES cases_case (id),
    at           timestamptz NOT NULL,
    side         text        NOT NULL,
    author_id    text        NOT NULL,
    author_name  text        NOT NULL,
    body         text        NOT NULL,
    attachments  jsonb       NOT NULL DEFAULT '[]',
    read_at      timestamptz
);
CREATE INDEX cases_message_case ON cases_message (case_id, at);

-- A form being filled in. A draft is not a submitted document: it has no case number and no receipt.
CREATE TABLE cases_draft (
    id                uuid PRIMARY KEY,
    eservice_id       text        NOT NULL,
    owner_id          text        NOT NULL,
    subject_type      text        NOT NULL,
    subject_id        text        NOT NULL,
    subject_name      text        NOT NULL,
    representation    text        NOT NULL,
    channel           text        NOT NULL,
    answers           jsonb       NOT NULL,
    files             jsonb       NOT NULL DEFAULT '{}',
    step_reached      text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL,
    reminded_at       timestamptz,
    case_id           uuid
);
CREATE INDEX cases_draft_owner ON cases_draft (owner_id, updated_at DESC) WHERE case_id IS NULL;
CREATE INDEX cases_draft_expiry ON cases_draft (expires_at) WHERE case_id IS NULL;
