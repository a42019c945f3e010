-- Seasons of weekly times in halls and fields: associations apply for a weekday and time in a resource,
-- staff allocate by the documented rules (youth activities first, then those who held the time the
-- season before, then the others, each in the order they applied), and each granted time becomes a
-- bookable of kind SEASON_TIME booked by the association.

CREATE TABLE booking_season (
    id           uuid PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    name_sv      text NOT NULL,
    name_en      text NOT NULL,
    starts_on    date NOT NULL,
    ends_on      date NOT NULL,
    apply_by     date NOT NULL,
    hourly_fee   numeric(12, 2),
    allocated_at timestamptz,
    CHECK (starts_on <= ends_on),
    CHECK (apply_by <= starts_on)
);

CREATE TABLE booking_season_application (
    id                  uuid PRIMARY KEY,
    reference           text NOT NULL UNIQUE,
    season_id           uuid NOT NULL REFERENCES booking_season (id),
    resource_id         uuid NOT NULL REFERENCES booking_resource (id),
    organisation_number text NOT NULL,
    organisation_name   text NOT NULL,
    booker_kind         text NOT NULL,
    booker_id           text NOT NULL,
    booker_name         text,
    weekday             integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts              time NOT NULL,
    ends                time NOT NULL,
    youth               boolean NOT NULL,
    applied_at          timestamptz NOT NULL,
    status              text NOT NULL CHECK (status IN ('APPLIED', 'GRANTED', 'REFUSED')),
    priority            text,
    reason              text,
    bookable_code       text,
    CHECK (starts < ends)
);
CREATE INDEX booking_season_application_by_season ON booking_season_application (season_id, status);
CREATE INDEX booking_season_application_history ON booking_season_application (organisation_number, resource_id, weekday)
    WHERE status = 'GRANTED';
