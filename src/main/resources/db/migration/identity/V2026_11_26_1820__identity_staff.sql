-- The city's staff and their roles. Roles are data, each scoped to the whole city
-- ('city') or to a department ('department:<id>') or a unit ('unit:<id>').
CREATE TABLE identity_staff (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL,
	email      TEXT,
	department TEXT,
	active     BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE identity_staff_role (
	staff_id TEXT NOT NULL REFERENCES identity_staff (id) ON DELETE CASCADE,
	role     TEXT NOT NULL,
	scope    TEXT NOT NULL,
	PRIMARY KEY (staff_id, role, scope)
);
