-- Find & Compare: providers of pre-schools, schools, elderly care homes and home help, run by the city or
-- privately and funded by it, with the quality indicators the city publishes for them.

CREATE TABLE directory_provider (
    -- '<kind>:<code>': the queue's pre-school id, the school's code, or the code in the administration's file.
    id                  text PRIMARY KEY,
    kind                text NOT NULL CHECK (kind IN ('preschool', 'school', 'care-home', 'home-help')),
    code                text NOT NULL,
    name                text NOT NULL,
    run_by              text NOT NULL CHECK (run_by IN ('city', 'private')),
    organisation_number text,
    district            text NOT NULL,
    address             text NOT NULL DEFAULT '',
    -- SWEREF 99 TM; null where the provider has no place of its own (home help comes to you).
    easting             double precision,
    northing            double precision,
    offers_sv           text NOT NULL DEFAULT '',
    offers_en           text NOT NULL DEFAULT '',
    -- Where the provider comes from: 'queues', 'placement' or 'import'.
    source              text NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (kind, code)
);
CREATE INDEX directory_provider_kind ON directory_provider (kind, district);

-- A quality indicator for a year, as its source published it. No foreign key: the city's own units arrive
-- as events from queues and placement, and their indicators may be known before the directory hears of them.
CREATE TABLE directory_indicator (
    provider_id         text NOT NULL,
    indicator           text NOT NULL CHECK (indicator IN ('staff-ratio', 'satisfaction', 'inspection-remarks')),
    year                integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    value               numeric(8, 2) NOT NULL,
    source              text NOT NULL,
    PRIMARY KEY (provider_id, indicator, year)
);

-- The demo city's private providers, care homes and home help, and indicators for its pre-schools, as
-- the administrations' files would bring them.
INSERT INTO directory_provider (id, kind, code, name, run_by, organisation_number, district, address, easting, northing,
    offers_sv, offers_en, source, updated_at) VALUES
    ('preschool:pysslingen-ugglan', 'preschool', 'pysslingen-ugglan', 'Förskolan Ugglan', 'private', '5565551230', 'Hägersten-Liljeholmen',
     'Ugglevägen 3', 670600, 6577700, 'Fristående förskola med fyra avdelningar och engelsk profil.', 'Independent pre-school with four groups and an English profile.', 'import', now()),
    ('care-home:solgarden', 'care-home', 'solgarden', 'Solgårdens vård- och omsorgsboende', 'city', NULL, 'Bromma',
     'Solgårdsvägen 12', 667400, 6581400, '64 lägenheter, demensavdelning, trädgård.', '64 flats, a dementia unit, a garden.', 'import', now()),
    ('care-home:ekbacken', 'care-home', 'ekbacken', 'Ekbackens äldreboende', 'private', '5569876542', 'Södermalm',
     'Ekbacksgatan 5', 674600, 6578400, '48 lägenheter, språkprofil finska.', '48 flats, Finnish-speaking staff.', 'import', now()),
    ('home-help:omsorg-bromma', 'home-help', 'omsorg-bromma', 'Hemtjänst Bromma', 'city', NULL, 'Bromma',
     '', NULL, NULL, 'Hemtjänst dygnet runt, nyckelfritt lås.', 'Home help day and night, keyless locks.', 'import', now());

INSERT INTO directory_indicator (provider_id, indicator, year, value, source) VALUES
    ('preschool:pysslingen-ugglan', 'staff-ratio', 2025, 5.1, 'Skolverket'),
    ('preschool:pysslingen-ugglan', 'satisfaction', 2025, 88, 'Stockholms stads förskoleundersökning'),
    ('care-home:solgarden', 'satisfaction', 2025, 84, 'Socialstyrelsens brukarundersökning'),
    ('care-home:solgarden', 'inspection-remarks', 2025, 0, 'IVO'),
    ('care-home:ekbacken', 'satisfaction', 2025, 79, 'Socialstyrelsens brukarundersökning'),
    ('care-home:ekbacken', 'inspection-remarks', 2025, 2, 'IVO'),
    ('home-help:omsorg-bromma', 'satisfaction', 2025, 86, 'Socialstyrelsens brukarundersökning'),
    ('preschool:preschool-solrosen', 'staff-ratio', 2025, 4.8, 'Skolverket'),
    ('preschool:preschool-solrosen', 'satisfaction', 2025, 91, 'Stockholms stads förskoleundersökning'),
    ('preschool:preschool-ekorren', 'staff-ratio', 2025, 5.4, 'Skolverket'),
    ('preschool:preschool-ekorren', 'satisfaction', 2025, 85, 'Stockholms stads förskoleundersökning'),
    ('preschool:preschool-lonnen', 'staff-ratio', 2025, 5.0, 'Skolverket'),
    ('preschool:preschool-lonnen', 'satisfaction', 2024, 87, 'Stockholms stads förskoleundersökning');
