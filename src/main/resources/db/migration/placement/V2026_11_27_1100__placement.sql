-- School choice (issue 7): the city's schools, the children enrolled in them (for sibling priority),
-- the rounds with their places, the applications, and each round's results with the priorities they
-- were decided by, so every result can be explained and the round audited.

CREATE TABLE placement_school (
    code      text PRIMARY KEY,
    name      text NOT NULL,
    municipal boolean NOT NULL,
    district  text NOT NULL,
    easting   double precision NOT NULL,
    northing  double precision NOT NULL,
    -- The school's priority rules, in order: 'city' for the city's rules, or a list such as
    -- 'sibling,queue-date' for an independent school's own. A lottery always decides last.
    rules     text NOT NULL
);

-- Which school and grade (0 = pre-school class) a child attends now: a sibling there gives priority.
CREATE TABLE placement_enrolment (
    child       text PRIMARY KEY,
    school_code text NOT NULL REFERENCES placement_school (code),
    grade_level int NOT NULL CHECK (grade_level BETWEEN 0 AND 9)
);

CREATE TABLE placement_round (
    id             uuid PRIMARY KEY,
    name           text NOT NULL,
    school_year    int NOT NULL,
    opens_at       timestamptz NOT NULL,
    closes_at      timestamptz NOT NULL,
    publishes_at   timestamptz NOT NULL,
    reference_date date NOT NULL,
    seed           bigint NOT NULL,
    unconfirmed    text NOT NULL CHECK (unconfirmed IN ('include', 'exclude')),
    status         text NOT NULL CHECK (status IN ('open', 'allocated', 'published')),
    allocated_at   timestamptz,
    published_at   timestamptz,
    CHECK (opens_at < closes_at AND closes_at <= publishes_at)
);

CREATE TABLE placement_places (
    round_id    uuid NOT NULL REFERENCES placement_round (id),
    school_code text NOT NULL REFERENCES placement_school (code),
    grade       text NOT NULL,
    places      int NOT NULL CHECK (places >= 0),
    PRIMARY KEY (round_id, school_code, grade)
);

CREATE TABLE placement_application (
    id             uuid PRIMARY KEY,
    round_id       uuid NOT NULL REFERENCES placement_round (id),
    case_number    text NOT NULL UNIQUE,
    child          text NOT NULL,
    child_name     text NOT NULL,
    grade          text NOT NULL,
    choices        text[] NOT NULL,
    applicant      text NOT NULL,
    other_guardian text,
    confirmed_at   timestamptz,
    submitted_at   timestamptz NOT NULL,
    household      text NOT NULL,
    -- The other children registered at the same address when the application was made: their schools
    -- give sibling priority.
    siblings       text[] NOT NULL DEFAULT '{}',
    district       text NOT NULL,
    easting        double precision NOT NULL,
    northing       double precision NOT NULL,
    UNIQUE (round_id, child)
);
CREATE INDEX placement_application_by_guardian_idx ON placement_application (applicant);
CREATE INDEX placement_application_by_other_guardian_idx ON placement_application (other_guardian);

-- The priority an application had at each school it chose, as the allocation used it.
CREATE TABLE placement_priority (
    application_id uuid NOT NULL REFERENCES placement_application (id) ON DELETE CASCADE,
    choice         int NOT NULL,
    school_code    text NOT NULL,
    sibling        boolean NOT NULL,
    proximity      int,
    queue_date     date,
    priority_key   bigint NOT NULL,
    PRIMARY KEY (application_id, choice)
);

CREATE TABLE placement_result (
    application_id uuid PRIMARY KEY REFERENCES placement_application (id) ON DELETE CASCADE,
    round_id       uuid NOT NULL REFERENCES placement_round (id),
    school_code    text,
    choice         int,
    outcome        text NOT NULL CHECK (outcome IN ('choice', 'near-home', 'unplaced', 'given-back')),
    lottery        int NOT NULL
);
CREATE INDEX placement_result_by_round_idx ON placement_result (round_id, school_code);
