-- Bookable resources and what can be booked in them. A bookable's places are counted by the database
-- itself: a trigger keeps booking_bookable.taken equal to the bookings that hold a place, and the check
-- constraint refuses any write that would take more places than the bookable has. So no code path,
-- node or race can book more than the capacity: the second writer waits on the bookable's row and
-- then fails the check.

CREATE TABLE booking_resource (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    kind        text NOT NULL CHECK (kind IN ('CEREMONY_ROOM', 'HALL', 'FIELD', 'POOL', 'CAMP')),
    department  text NOT NULL,
    name_sv     text NOT NULL,
    name_en     text NOT NULL,
    opens       time NOT NULL,
    closes      time NOT NULL,
    closed_at   timestamptz,
    CHECK (opens < closes)
);

CREATE TABLE booking_closed_date (
    resource_id uuid NOT NULL REFERENCES booking_resource (id),
    day         date NOT NULL,
    reason      text NOT NULL,
    PRIMARY KEY (resource_id, day)
);

CREATE TABLE booking_bookable (
    id                  uuid PRIMARY KEY,
    code                text NOT NULL UNIQUE,
    resource_id         uuid NOT NULL REFERENCES booking_resource (id),
    eservice            text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('SLOT', 'SEASON_TIME', 'COURSE', 'CAMP')),
    title_sv            text NOT NULL,
    title_en            text NOT NULL,
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz NOT NULL,
    capacity            integer NOT NULL CHECK (capacity > 0),
    taken               integer NOT NULL DEFAULT 0,
    min_age             integer,
    max_age             integer,
    fee                 numeric(12, 2),
    vat_rate            numeric(5, 4) NOT NULL DEFAULT 0,
    cancel_before_hours integer NOT NULL DEFAULT 24 CHECK (cancel_before_hours >= 0),
    closed_at           timestamptz,
    closed_reason       text,
    created_at          timestamptz NOT NULL,
    CONSTRAINT booking_bookable_never_overbooked CHECK (taken BETWEEN 0 AND capacity),
    CHECK (starts_at < ends_at),
    CHECK (fee IS NULL OR fee > 0),
    CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);
CREATE INDEX booking_bookable_by_eservice ON booking_bookable (eservice, starts_at);
CREATE INDEX booking_bookable_by_resource ON booking_bookable (resource_id, starts_at);

-- A course meets several times; a slot or a camp week is one session, its own span.
CREATE TABLE booking_session (
    bookable_id uuid NOT NULL REFERENCES booking_bookable (id),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    PRIMARY KEY (bookable_id, starts_at),
    CHECK (starts_at < ends_at)
);

-- A booking holds a place while HELD (offered from the waitlist, to be confirmed before held_until) or
-- CONFIRMED; CANCELLED, EXPIRED (an offer not confirmed in time) and LAPSED (a condition not met in
-- time, such as a wedding's certificate) give the place back.
CREATE TABLE booking_booking (
    id               uuid PRIMARY KEY,
    reference        text NOT NULL,
    bookable_id      uuid NOT NULL REFERENCES booking_bookable (id),
    booker_kind      text NOT NULL,
    booker_id        text NOT NULL,
    booker_name      text,
    participant_kind text NOT NULL,
    participant_id   text NOT NULL,
    participant_name text,
    status           text NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'LAPSED')),
    held_until       timestamptz,
    fee              numeric(12, 2),
    reduction        text,
    details          jsonb NOT NULL DEFAULT '{}',
    certificate_due  timestamptz,
    certificate_at   timestamptz,
    warnings_sent    integer NOT NULL DEFAULT 0,
    reminded_at      timestamptz,
    checked_in_at    timestamptz,
    booked_at        timestamptz NOT NULL,
    ended_at         timestamptz,
    ended_reason     text,
    CHECK (status <> 'HELD' OR held_until IS NOT NULL)
);
-- A reference names one live booking; a rebooked one keeps its reference on the new row.
CREATE UNIQUE INDEX booking_reference_live ON booking_booking (reference) WHERE status IN ('HELD', 'CONFIRMED');
CREATE INDEX booking_booking_by_reference ON booking_booking (reference, booked_at);
-- One place per participant and bookable, however often they click.
CREATE UNIQUE INDEX booking_one_place_each ON booking_booking (bookable_id, participant_kind, participant_id)
    WHERE status IN ('HELD', 'CONFIRMED');
CREATE INDEX booking_booking_by_booker ON booking_booking (booker_kind, booker_id);
CREATE INDEX booking_booking_by_participant ON booking_booking (participant_kind, participant_id);
CREATE INDEX booking_booking_held ON booking_booking (held_until) WHERE status = 'HELD';

CREATE FUNCTION booking_count_places() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before_holds boolean := TG_OP = 'UPDATE' AND OLD.status IN ('HELD', 'CONFIRMED');
    after_holds  boolean := NEW.status IN ('HELD', 'CONFIRMED');
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.bookable_id <> NEW.bookable_id THEN
        RAISE EXCEPTION 'a booking does not move between bookables; cancel it and book again';
    END IF;
    IF after_holds AND NOT before_holds THEN
        UPDATE booking_bookable SET taken = taken + 1 WHERE id = NEW.bookable_id;
    ELSIF before_holds AND NOT after_holds THEN
        UPDATE booking_bookable SET taken = taken - 1 WHERE id = NEW.bookable_id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER booking_count_places BEFORE INSERT OR UPDATE OF status ON booking_booking
    FOR EACH ROW EXECUTE FUNCTION booking_count_places();

CREATE FUNCTION booking_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'bookings are never deleted: cancel them';
END;
$$;

CREATE TRIGGER booking_never_deleted BEFORE DELETE ON booking_booking
    FOR EACH ROW EXECUTE FUNCTION booking_never_deleted();

-- Who waits for a place in a full bookable, in the order they joined.
CREATE TABLE booking_waitlist (
    id               uuid PRIMARY KEY,
    reference        text NOT NULL UNIQUE,
    bookable_id      uuid NOT NULL REFERENCES booking_bookable (id),
    booker_kind      text NOT NULL,
    booker_id        text NOT NULL,
    booker_name      text,
    participant_kind text NOT NULL,
    participant_id   text NOT NULL,
    participant_name text,
    status           text NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'LEFT')),
    joined_at        timestamptz NOT NULL,
    position_order   bigserial
);
CREATE UNIQUE INDEX booking_waitlist_once ON booking_waitlist (bookable_id, participant_kind, participant_id)
    WHERE status = 'WAITING';
CREATE INDEX booking_waitlist_next ON booking_waitlist (bookable_id, position_order) WHERE status = 'WAITING';

-- A person's private calendar feed, known by a token kept only as its hash.
CREATE TABLE booking_feed (
    token_hash  text PRIMARY KEY,
    person_kind text NOT NULL,
    person_id   text NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (person_kind, person_id)
);

-- What staff did outside the rules, and why: a place given beyond a deadline, a booking cancelled for
-- the booker, a bookable closed.
CREATE TABLE booking_exception (
    id         uuid PRIMARY KEY,
    staff_id   text NOT NULL,
    what       text NOT NULL,
    reference  text NOT NULL,
    reason     text NOT NULL,
    at         timestamptz NOT NULL
);
