-- How each person wants to be told things, and where. The owner is the person's 12-digit personal
-- identity number, or a visitor's e-mail address in lower case.
CREATE TABLE notifications_preferences (
	owner         TEXT PRIMARY KEY CHECK (length(owner) <= 254),
	email_enabled BOOLEAN NOT NULL DEFAULT TRUE,
	sms_enabled   BOOLEAN NOT NULL DEFAULT TRUE,
	language      TEXT NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
	updated_at    TIMESTAMPTZ NOT NULL
);

-- A person's own e-mail address and mobile number, at most one of each. An address is used only
-- once verified with a code sent to it; a new address waits as pending beside the verified one
-- until its code is typed in. Codes are stored only as an HMAC under a server key.
CREATE TABLE notifications_contact (
	owner           TEXT NOT NULL CHECK (length(owner) <= 254),
	channel         TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
	address         TEXT CHECK (length(address) <= 254),
	verified_at     TIMESTAMPTZ,
	pending_address TEXT CHECK (length(pending_address) <= 254),
	code_nonce      UUID,
	code_hash       BYTEA,
	code_sent_at    TIMESTAMPTZ,
	code_expires_at TIMESTAMPTZ,
	code_attempts   INTEGER NOT NULL DEFAULT 0 CHECK (code_attempts >= 0),
	-- How many codes were sent since the start of the current day-long window: a cap on codes keeps
	-- anyone from flooding an address or a phone with them.
	codes_sent      INTEGER NOT NULL DEFAULT 0 CHECK (codes_sent >= 0),
	codes_since     TIMESTAMPTZ,
	PRIMARY KEY (owner, channel),
	CHECK ((address IS NULL) = (verified_at IS NULL)),
	CHECK ((pending_address IS NULL) = (code_hash IS NULL))
);
