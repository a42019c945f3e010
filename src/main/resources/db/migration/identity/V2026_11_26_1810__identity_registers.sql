-- The city's copies of the population, vehicle and company registers, replaced by each import of
-- the extracts the city receives (see docs/registers.md), and the log of those imports.
-- Other tables should not reference these by foreign key: an import removes whoever the extract
-- no longer holds.

CREATE TABLE identity_person (
	personal_identity_number TEXT PRIMARY KEY CHECK (personal_identity_number ~ '^[0-9]{12}$'),
	given_name               TEXT NOT NULL,
	family_name              TEXT NOT NULL,
	date_of_birth            DATE NOT NULL,
	protected_identity       BOOLEAN NOT NULL,
	street                   TEXT NOT NULL,
	postal_code              TEXT NOT NULL CHECK (postal_code ~ '^[1-9][0-9]{4}$'),
	city                     TEXT NOT NULL,
	district                 TEXT NOT NULL,
	easting                  DOUBLE PRECISION NOT NULL,
	northing                 DOUBLE PRECISION NOT NULL,
	household_id             TEXT NOT NULL
);
CREATE INDEX identity_person_household_idx ON identity_person (household_id);

-- Custody (vårdnad): who is guardian of which child.
CREATE TABLE identity_guardianship (
	child    TEXT NOT NULL REFERENCES identity_person (personal_identity_number) ON DELETE CASCADE,
	guardian TEXT NOT NULL REFERENCES identity_person (personal_identity_number) ON DELETE CASCADE,
	PRIMARY KEY (child, guardian),
	CHECK (child <> guardian)
);
CREATE INDEX identity_guardianship_guardian_idx ON identity_guardianship (guardian);

-- owner: a 12-digit personal identity number or a 10-digit organisation number;
-- vehicle_user: the leasing user (brukare), a 12-digit personal identity number.
CREATE TABLE identity_vehicle (
	plate        TEXT PRIMARY KEY CHECK (plate ~ '^[A-Z]{3}[0-9]{2}[0-9A-Z]$'),
	owner        TEXT NOT NULL CHECK (owner ~ '^([0-9]{10}|[0-9]{12})$'),
	vehicle_user TEXT CHECK (vehicle_user ~ '^[0-9]{12}$'),
	in_traffic   BOOLEAN NOT NULL,
	make_model   TEXT NOT NULL
);
CREATE INDEX identity_vehicle_owner_idx ON identity_vehicle (owner);
CREATE INDEX identity_vehicle_user_idx ON identity_vehicle (vehicle_user) WHERE vehicle_user IS NOT NULL;

CREATE TABLE identity_company (
	organisation_number TEXT PRIMARY KEY CHECK (organisation_number ~ '^[0-9]{10}$'),
	name                TEXT NOT NULL
);

-- Who may sign for a company (firmatecknare); a signatory need not live in the city.
CREATE TABLE identity_signatory (
	organisation_number      TEXT NOT NULL REFERENCES identity_company (organisation_number) ON DELETE CASCADE,
	personal_identity_number TEXT NOT NULL CHECK (personal_identity_number ~ '^[0-9]{12}$'),
	PRIMARY KEY (organisation_number, personal_identity_number)
);
CREATE INDEX identity_signatory_person_idx ON identity_signatory (personal_identity_number);

-- One row per file imported.
CREATE TABLE identity_register_import (
	id          UUID PRIMARY KEY,
	register    TEXT NOT NULL,
	file_name   TEXT NOT NULL,
	rows        INTEGER NOT NULL,
	changes     INTEGER NOT NULL,
	imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
	imported_by TEXT NOT NULL
);
CREATE INDEX identity_register_import_at_idx ON identity_register_import (imported_at);
