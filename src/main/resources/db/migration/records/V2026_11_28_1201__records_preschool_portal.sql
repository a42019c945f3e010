-- The pre-school portal. A pre-school is the queues module's alternative (its id in preschool); the
-- portal keeps only what it adds: which child goes where, the week, absences, talk times, pictures.
CREATE TABLE records_preschool_child (
    id          uuid PRIMARY KEY,
    child       char(12) NOT NULL UNIQUE,
    preschool   text NOT NULL,
    enrolled_at timestamptz NOT NULL
);
CREATE INDEX records_preschool_child_by_preschool ON records_preschool_child (preschool);

-- The week a pre-school publishes, one row a day: what the children do and what is served.
CREATE TABLE records_preschool_day (
    preschool    text NOT NULL,
    day          date NOT NULL,
    activities   text NOT NULL DEFAULT '',
    menu         text NOT NULL DEFAULT '',
    published_at timestamptz NOT NULL,
    PRIMARY KEY (preschool, day)
);

CREATE TABLE records_absence (
    id          uuid PRIMARY KEY,
    child       char(12) NOT NULL,
    preschool   text NOT NULL,
    day         date NOT NULL,
    reason      text NOT NULL CHECK (reason IN ('ill', 'other')),
    reported_by char(12) NOT NULL,
    reported_at timestamptz NOT NULL,
    UNIQUE (child, day)
);
CREATE INDEX records_absence_by_day ON records_absence (preschool, day);

-- A development talk time the teacher opens; booked once, by one child's guardian.
CREATE TABLE records_talk_slot (
    id         uuid PRIMARY KEY,
    preschool  text NOT NULL,
    starts_at  timestamptz NOT NULL,
    minutes    integer NOT NULL CHECK (minutes BETWEEN 10 AND 120),
    opened_by  text NOT NULL,
    child      char(12),
    booked_by  char(12),
    booked_at  timestamptz,
    UNIQUE (preschool, starts_at)
);

-- A child's picture: the bytes in the document store, under their SHA-256.
CREATE TABLE records_picture (
    id          uuid PRIMARY KEY,
    child       char(12) NOT NULL,
    preschool   text NOT NULL,
    document    char(64) NOT NULL,
    media_type  text NOT NULL,
    title       text NOT NULL DEFAULT '',
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX records_picture_by_child ON records_picture (child, uploaded_at DESC);
