-- Residents' parking permits: one per person at a time, their paid periods, temporary vehicles,
-- the wardens' devices, and a change log that every node's in-memory index follows.

CREATE TABLE permits_permit (
    id              uuid PRIMARY KEY,
    reference       text NOT NULL UNIQUE,
    holder          text NOT NULL CHECK (holder ~ '^[0-9]{12}$'),
    holder_name     text NOT NULL,
    zone            text NOT NULL,
    plate           text NOT NULL CHECK (plate ~ '^[A-Z]{3}[0-9]{2}[0-9A-Z]$'),
    status          text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
    granted_at      timestamptz NOT NULL,
    suspended_from  date,
    ends_on         date,
    end_reason      text CHECK (end_reason IN ('HOLDER', 'MOVED', 'STAFF')),
    CHECK ((status = 'SUSPENDED') = (suspended_from IS NOT NULL)),
    CHECK ((status = 'ENDED') = (ends_on IS NOT NULL))
);

-- One permit per person: an ended permit may still run to the end of its paid period.
CREATE UNIQUE INDEX permits_permit_one_per_holder ON permits_permit (holder) WHERE status <> 'ENDED';
CREATE INDEX permits_permit_plate ON permits_permit (plate);

CREATE TABLE permits_period (
    id          uuid PRIMARY KEY,
    permit_id   uuid NOT NULL REFERENCES permits_permit (id),
    period      text NOT NULL CHECK (period IN ('MONTH', 'QUARTER', 'YEAR')),
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    fee_id      uuid NOT NULL UNIQUE,
    paid_at     timestamptz,
    CHECK (starts_on <= ends_on),
    UNIQUE (permit_id, starts_on)
);

CREATE TABLE permits_temporary_vehicle (
    id             uuid PRIMARY KEY,
    permit_id      uuid NOT NULL REFERENCES permits_permit (id),
    plate          text NOT NULL CHECK (plate ~ '^[A-Z]{3}[0-9]{2}[0-9A-Z]$'),
    kind           text NOT NULL CHECK (kind IN ('RENTAL', 'LOAN')),
    valid_from     date NOT NULL,
    valid_to       date NOT NULL,
    registered_at  timestamptz NOT NULL,
    CHECK (valid_from <= valid_to)
);
CREATE INDEX permits_temporary_vehicle_permit ON permits_temporary_vehicle (permit_id);

-- What administrators corrected, by whom and why.
CREATE TABLE permits_correction (
    id          uuid PRIMARY KEY,
    permit_id   uuid NOT NULL REFERENCES permits_permit (id),
    staff_id    text NOT NULL,
    what        text NOT NULL,
    reason      text NOT NULL CHECK (length(reason) > 0),
    at          timestamptz NOT NULL
);
CREATE INDEX permits_correction_permit ON permits_correction (permit_id, at);

-- The traffic wardens' handheld devices. Each device's key is derived from the city's secret and the
-- device's id, so no key is stored; a revoked device is refused on every node within seconds.
CREATE TABLE permits_warden_device (
    id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{3,40}$'),
    name           text NOT NULL,
    active         boolean NOT NULL,
    registered_at  timestamptz NOT NULL
);

-- Every change to a permit or a device, written by triggers so no code path can forget it. Each node's
-- index reads the rows of transactions it has not seen (by transaction id, so a transaction that
-- commits late is never skipped), and the offline list's versions are those transaction ids.
CREATE TABLE permits_change (
    seq        bigserial PRIMARY KEY,
    xid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    permit_id  uuid,
    device_id  text,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX permits_change_xid ON permits_change (xid);

CREATE FUNCTION permits_permit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO permits_change (permit_id) VALUES (NEW.id);
    RETURN NULL;
END $$;

CREATE FUNCTION permits_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO permits_change (permit_id) VALUES (COALESCE(NEW.permit_id, OLD.permit_id));
    RETURN NULL;
END $$;

CREATE FUNCTION permits_device_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO permits_change (device_id) VALUES (NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER permits_permit_change AFTER INSERT OR UPDATE ON permits_permit
    FOR EACH ROW EXECUTE FUNCTION permits_permit_changed();
CREATE TRIGGER permits_period_change AFTER INSERT OR UPDATE OR DELETE ON permits_period
    FOR EACH ROW EXECUTE FUNCTION permits_part_changed();
CREATE TRIGGER permits_temporary_vehicle_change AFTER INSERT OR UPDATE OR DELETE ON permits_temporary_vehicle
    FOR EACH ROW EXECUTE FUNCTION permits_part_changed();
CREATE TRIGGER permits_warden_device_change AFTER INSERT OR UPDATE ON permits_warden_device
    FOR EACH ROW EXECUTE FUNCTION permits_device_changed();
