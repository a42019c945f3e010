-- Queues: waiting lists with alternatives, entries with ranked choices, free places and offers.

CREATE TABLE queues_queue (
    id              text PRIMARY KEY,
    eservice_id     text,
    department      text NOT NULL,
    -- The ranking rule: criteria in order, comma-separated (see RankingRule).
    ranking         text NOT NULL,
    offer_days      integer NOT NULL CHECK (offer_days > 0),
    max_choices     integer NOT NULL CHECK (max_choices > 0),
    ordered_choices boolean NOT NULL
);

CREATE TABLE queues_alternative (
    id          text PRIMARY KEY,
    queue_id    text NOT NULL REFERENCES queues_queue (id),
    name        text NOT NULL,
    district    text NOT NULL,
    -- What an alternative carries beyond a name: a course's ages and term, a listing's rooms and rent.
    facts       jsonb NOT NULL DEFAULT '{}',
    published   boolean NOT NULL DEFAULT true
);
CREATE INDEX queues_alternative_queue ON queues_alternative (queue_id);

CREATE TABLE queues_entry (
    id              uuid PRIMARY KEY,
    queue_id        text NOT NULL REFERENCES queues_queue (id),
    reference       text NOT NULL UNIQUE,
    applicant_type  text NOT NULL,
    applicant_id    text NOT NULL,
    applicant_name  text,
    subject_type    text NOT NULL,
    subject_id      text NOT NULL,
    subject_name    text,
    contact_email   text,
    queue_date      date NOT NULL,
    registered_at   timestamptz NOT NULL,
    priority_group  integer NOT NULL,
    desired_start   date,
    guarantee_date  date,
    keep_higher     boolean NOT NULL DEFAULT false,
    household_size  integer,
    meets_income    boolean,
    status          text NOT NULL CHECK (status IN ('waiting', 'placed', 'withdrawn')),
    version         integer NOT NULL DEFAULT 0
);
CREATE INDEX queues_entry_applicant ON queues_entry (applicant_type, applicant_id);
CREATE INDEX queues_entry_subject ON queues_entry (subject_type, subject_id);
CREATE INDEX queues_entry_queue ON queues_entry (queue_id, status);

CREATE TABLE queues_choice (
    entry_id        uuid NOT NULL REFERENCES queues_entry (id),
    alternative_id  text NOT NULL REFERENCES queues_alternative (id),
    preference      integer NOT NULL CHECK (preference > 0),
    status          text NOT NULL CHECK (status IN ('active', 'removed', 'placed')),
    PRIMARY KEY (entry_id, alternative_id)
);
CREATE INDEX queues_choice_alternative ON queues_choice (alternative_id) WHERE status = 'active';

CREATE TABLE queues_place (
    id              uuid PRIMARY KEY,
    alternative_id  text NOT NULL REFERENCES queues_alternative (id),
    available_from  date NOT NULL,
    status          text NOT NULL CHECK (status IN ('free', 'offered', 'filled')),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX queues_place_alternative ON queues_place (alternative_id, status);

CREATE TABLE queues_offer (
    id              uuid PRIMARY KEY,
    place_id        uuid NOT NULL REFERENCES queues_place (id),
    entry_id        uuid NOT NULL REFERENCES queues_entry (id),
    alternative_id  text NOT NULL REFERENCES queues_alternative (id),
    status          text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'withdrawn')),
    made_by         text NOT NULL,
    made_at         timestamptz NOT NULL,
    deadline        timestamptz NOT NULL,
    answered_at     timestamptz
);
-- A place has at most one offer out at a time, and an entry at most one: two administrators offering at once make one.
CREATE UNIQUE INDEX queues_offer_one_per_place ON queues_offer (place_id) WHERE status = 'pending';
CREATE UNIQUE INDEX queues_offer_one_per_entry ON queues_offer (entry_id) WHERE status = 'pending';
CREATE INDEX queues_offer_deadline ON queues_offer (deadline) WHERE status = 'pending';

-- Exceptions administrators make to the rule, each with its reason; never updated or deleted.
CREATE TABLE queues_exception (
    id          uuid PRIMARY KEY,
    entry_id    uuid NOT NULL REFERENCES queues_entry (id),
    what        text NOT NULL,
    reason      text NOT NULL,
    made_by     text NOT NULL,
    made_at     timestamptz NOT NULL
);

-- The city's queues. Priority groups: lower comes first (see docs/queues.md).
INSERT INTO queues_queue VALUES
    ('preschool', 'preschool-application', 'district-administrations', 'priority-group,queue-date,registered-at', 14, 5, true),
    ('art-school', 'art-school-courses', 'culture', 'priority-group,queue-date,registered-at', 10, 1, true),
    ('housing', 'housing-queue', 'housing-agency', 'queue-date,registered-at', 7, 10, false);

INSERT INTO queues_alternative (id, queue_id, name, district) VALUES
    ('preschool-solrosen', 'preschool', 'Förskolan Solrosen', 'Hägersten-Liljeholmen'),
    ('preschool-ekorren', 'preschool', 'Förskolan Ekorren', 'Hägersten-Liljeholmen'),
    ('preschool-lonnen', 'preschool', 'Förskolan Lönnen', 'Hägersten-Liljeholmen'),
    ('preschool-hamnen', 'preschool', 'Förskolan Hamnen', 'Södermalm'),
    ('preschool-backen', 'preschool', 'Förskolan Backen', 'Älvsjö'),
    ('preschool-tallen', 'preschool', 'Förskolan Tallen', 'Bromma');

INSERT INTO queues_alternative (id, queue_id, name, district, facts) VALUES
    ('art-ceramics', 'art-school', 'Keramik', 'Kungsholmen', '{"subject": "art-and-design", "minAge": 10, "maxAge": 22, "term": "2027-spring"}'),
    ('art-street-dance', 'art-school', 'Streetdans', 'Södermalm', '{"subject": "dance", "minAge": 8, "maxAge": 16, "term": "2027-spring"}'),
    ('art-violin', 'art-school', 'Fiol', 'Hägersten-Liljeholmen', '{"subject": "music", "minAge": 6, "maxAge": 19, "term": "2027-spring"}'),
    ('art-theatre', 'art-school', 'Teater', 'Bromma', '{"subject": "theatre", "minAge": 12, "maxAge": 22, "term": "2027-spring"}');
