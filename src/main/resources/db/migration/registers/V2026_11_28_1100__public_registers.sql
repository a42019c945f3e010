-- The public registers: properties with their addresses, radon readings, food businesses and their
-- inspections, borehole licences, detailed development plans, and the record of every import.
-- Tolerant search reads folded text (lower case, å/ä/ö as a/a/o) through trigram indexes; positions are
-- SWEREF 99 TM metres, read by range on plain indexes.
create extension if not exists pg_trgm;

create table registers_property (
    id uuid primary key,
    designation text not null unique,
    designation_folded text not null,
    district text not null,
    easting double precision not null,
    northing double precision not null
);
create index registers_property_designation_trgm on registers_property using gin (designation_folded gin_trgm_ops);
create index registers_property_position on registers_property (easting, northing);

create table registers_property_address (
    property_id uuid not null references registers_property (id) on delete cascade,
    street text not null,
    address_folded text not null,
    number_from integer not null,
    number_to integer not null,
    postal_code text not null,
    post_town text not null,
    primary key (property_id, street, number_from),
    check (number_from <= number_to)
);
create index registers_property_address_trgm on registers_property_address using gin (address_folded gin_trgm_ops);

create table registers_radon_reading (
    id uuid primary key,
    property_id uuid not null references registers_property (id) on delete cascade,
    becquerel integer not null check (becquerel >= 0),
    measured_on date not null,
    method text not null check (method in ('long-term', 'short-term', 'radon-gas-meter'))
);
create index registers_radon_reading_property on registers_radon_reading (property_id, measured_on desc);

create table registers_food_business (
    id uuid primary key,
    name text not null,
    name_folded text not null,
    organisation_number text not null,
    street text not null,
    postal_code text not null,
    post_town text not null,
    district text not null,
    area_folded text not null,
    unique (organisation_number, name, street)
);
create index registers_food_business_name_trgm on registers_food_business using gin (name_folded gin_trgm_ops);
create index registers_food_business_area_trgm on registers_food_business using gin (area_folded gin_trgm_ops);

create table registers_food_inspection (
    id uuid primary key,
    business_id uuid not null references registers_food_business (id) on delete cascade,
    inspected_on date not null,
    result text not null check (result in ('no-remarks', 'remarks', 'serious-remarks')),
    remarks text not null default ''
);
create index registers_food_inspection_business on registers_food_inspection (business_id, inspected_on desc);

create table registers_borehole (
    id uuid primary key,
    licence_number text not null unique,
    property_designation text not null,
    depth_metres integer not null check (depth_metres between 1 and 500),
    licensed_on date not null,
    district text not null,
    easting double precision not null,
    northing double precision not null
);
create index registers_borehole_district on registers_borehole (district, licence_number);
create index registers_borehole_easting on registers_borehole (easting, northing);
create index registers_borehole_northing on registers_borehole (northing, easting);
create index registers_borehole_property on registers_borehole (property_designation);

create table registers_plan (
    id uuid primary key,
    plan_number text not null unique,
    name text not null,
    status text not null check (status in ('in-force', 'in-progress', 'repealed')),
    decided_on date not null,
    document_url text not null
);

create table registers_plan_property (
    plan_id uuid not null references registers_plan (id) on delete cascade,
    property_designation text not null,
    primary key (plan_id, property_designation)
);
create index registers_plan_property_designation on registers_plan_property (property_designation);

create table registers_import (
    id uuid primary key,
    register text not null,
    file_name text not null,
    imported_by text not null,
    started_at timestamptz not null,
    finished_at timestamptz,
    total_rows integer not null,
    imported_rows integer not null default 0,
    status text not null check (status in ('running', 'done', 'failed'))
);
create index registers_import_started on registers_import (started_at desc);
