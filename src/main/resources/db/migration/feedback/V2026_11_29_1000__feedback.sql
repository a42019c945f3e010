-- Comments and complaints (issue 12): the categories residents report in (Open311's services), the rules
-- that route a report to a department, the reports themselves beside their cases, and the API clients.

CREATE TABLE feedback_service (
    code          text PRIMARY KEY,
    name_sv       text NOT NULL,
    name_en       text NOT NULL,
    description_sv text NOT NULL,
    description_en text NOT NULL,
    service_group text NOT NULL,
    keywords      text NOT NULL,
    -- Whether reports in the category are shown to the public once screened (a complaint about how one
    -- was treated is not; a broken street light is).
    public_view   boolean NOT NULL,
    position      int NOT NULL
);

CREATE TABLE feedback_service_attribute (
    service_code text NOT NULL REFERENCES feedback_service (code),
    code         text NOT NULL,
    datatype     text NOT NULL CHECK (datatype IN ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required     boolean NOT NULL,
    description_sv text NOT NULL,
    description_en text NOT NULL,
    position     int NOT NULL,
    PRIMARY KEY (service_code, code)
);

CREATE TABLE feedback_routing_rule (
    id          uuid PRIMARY KEY,
    position    int NOT NULL,
    service_code text REFERENCES feedback_service (code),
    -- The area as a box in WGS 84; all four or none.
    south       double precision,
    west        double precision,
    north       double precision,
    east        double precision,
    words       text,
    department  text NOT NULL,
    CHECK ((south IS NULL) = (north IS NULL) AND (west IS NULL) = (east IS NULL) AND (south IS NULL) = (west IS NULL))
);

CREATE TABLE feedback_report (
    id              uuid PRIMARY KEY,
    case_id         uuid NOT NULL UNIQUE,
    reference       text NOT NULL UNIQUE,
    service_code    text NOT NULL REFERENCES feedback_service (code),
    description     text NOT NULL,
    -- The description with personal data removed: what the public and Open311 see.
    public_description text NOT NULL,
    public_view     boolean NOT NULL,
    latitude        double precision,
    longitude       double precision,
    address         text,
    email           text,
    reporter        text,
    department      text NOT NULL,
    status          text NOT NULL CHECK (status IN ('open', 'closed')),
    status_notes    text,
    merged_into     text,
    supporters      int NOT NULL DEFAULT 0,
    satisfied       boolean,
    -- The Open311 token a client may look the request up by (GET tokens/{token}).
    token           text NOT NULL UNIQUE,
    media_url       text,
    api_client      text,
    requested_at    timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX feedback_report_requested ON feedback_report (requested_at DESC, reference DESC);
CREATE INDEX feedback_report_open_near ON feedback_report (latitude, longitude) WHERE status = 'open' AND merged_into IS NULL;
CREATE INDEX feedback_report_reporter ON feedback_report (reporter) WHERE reporter IS NOT NULL;

CREATE TABLE feedback_api_client (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    key_hash    text NOT NULL UNIQUE,
    requests_per_minute int NOT NULL CHECK (requests_per_minute > 0),
    active      boolean NOT NULL,
    created_at  timestamptz NOT NULL
);

INSERT INTO feedback_service (code, name_sv, name_en, description_sv, description_en, service_group, keywords, public_view, position) VALUES
 ('street-light', 'Gatubelysning', 'Street lighting', 'En gatlykta som är trasig, blinkar eller lyser dagtid.', 'A street light that is out, flickering or on by day.', 'streets', 'lampa, lykta, belysning, street light', true, 1),
 ('pothole', 'Hål i gatan', 'Pothole', 'Hål eller skador i gata, gång- eller cykelbana.', 'A hole or damage in a street, footpath or cycle path.', 'streets', 'hål, gropar, asfalt, pothole', true, 2),
 ('litter', 'Nedskräpning', 'Litter', 'Skräp, fulla papperskorgar eller dumpat avfall.', 'Litter, full bins or dumped waste.', 'cleaning', 'skräp, papperskorg, avfall, litter', true, 3),
 ('graffiti', 'Klotter', 'Graffiti', 'Klotter på stadens byggnader, skyltar eller bänkar.', 'Graffiti on the city''s buildings, signs or benches.', 'cleaning', 'klotter, tagg, graffiti', true, 4),
 ('park', 'Parker och lekplatser', 'Parks and playgrounds', 'Trasig lekutrustning, träd, gräs eller bänkar i parker.', 'Broken play equipment, trees, grass or benches in parks.', 'parks', 'park, lekplats, träd, playground', true, 5),
 ('service-complaint', 'Klagomål på en verksamhet', 'Complaint about a service', 'Hur du blev bemött eller hur en verksamhet fungerar.', 'How you were treated or how a service works.', 'services', 'klagomål, bemötande, complaint', false, 6),
 ('praise', 'Beröm', 'Praise', 'Något staden gjorde bra.', 'Something the city did well.', 'services', 'beröm, tack, praise', false, 7),
 ('suggestion', 'Förbättringsförslag', 'Suggestion', 'En idé om hur staden kan bli bättre.', 'An idea for making the city better.', 'services', 'förslag, idé, suggestion', false, 8);

INSERT INTO feedback_service_attribute (service_code, code, datatype, required, description_sv, description_en, position) VALUES
 ('street-light', 'pole_number', 'string', false, 'Stolpens nummer, om det syns på stolpen', 'The pole''s number, if it shows on the pole', 1);

INSERT INTO feedback_routing_rule (id, position, service_code, south, west, north, east, words, department) VALUES
 ('019a0000-0000-7000-8000-000000000001', 10, NULL, NULL, NULL, NULL, NULL, 'äldreboende, hemtjänst, home help, care home', 'elderly-care'),
 ('019a0000-0000-7000-8000-000000000002', 20, 'street-light', NULL, NULL, NULL, NULL, NULL, 'traffic'),
 ('019a0000-0000-7000-8000-000000000003', 30, 'pothole', NULL, NULL, NULL, NULL, NULL, 'traffic'),
 ('019a0000-0000-7000-8000-000000000004', 40, 'litter', NULL, NULL, NULL, NULL, NULL, 'traffic'),
 ('019a0000-0000-7000-8000-000000000005', 50, 'graffiti', NULL, NULL, NULL, NULL, NULL, 'traffic'),
 ('019a0000-0000-7000-8000-000000000006', 60, 'park', NULL, NULL, NULL, NULL, NULL, 'district-administrations');
