-- One-time codes sent to visitors who sign in with an e-mail address. The code itself is never
-- stored: only its HMAC under a server key. Rows are removed a day after they expire.
CREATE TABLE identity_visitor_code (
	id         UUID PRIMARY KEY,
	email      TEXT NOT NULL CHECK (length(email) <= 254),
	code_hash  BYTEA NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
	used_at    TIMESTAMPTZ,
	CHECK (expires_at > created_at)
);

CREATE INDEX identity_visitor_code_expires_at ON identity_visitor_code (expires_at);
