-- What is still to be sent, one row per notice and channel, written in the transaction that puts
-- the notice in the inbox. Dispatchers on any node take due rows with FOR UPDATE SKIP LOCKED, send
-- them and mark them sent, or record the error and try again later, each time waiting longer.
CREATE TABLE notifications_outbox (
	id              UUID PRIMARY KEY,
	notice_id       TEXT NOT NULL REFERENCES notifications_inbox (notice_id),
	channel         TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
	address         TEXT NOT NULL CHECK (length(address) <= 254),
	created_at      TIMESTAMPTZ NOT NULL,
	next_attempt_at TIMESTAMPTZ NOT NULL,
	attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
	last_error      TEXT,
	sent_at         TIMESTAMPTZ,
	gave_up_at      TIMESTAMPTZ,
	UNIQUE (notice_id, channel)
);

CREATE INDEX notifications_outbox_due ON notifications_outbox (next_attempt_at) WHERE sent_at IS NULL AND gave_up_at IS NULL;

-- Every attempt to send, for whoever has to answer "did it go out?".
CREATE TABLE notifications_delivery_log (
	id           UUID PRIMARY KEY,
	outbox_id    UUID NOT NULL REFERENCES notifications_outbox (id),
	attempt      INTEGER NOT NULL,
	attempted_at TIMESTAMPTZ NOT NULL,
	outcome      TEXT NOT NULL CHECK (outcome IN ('SENT', 'FAILED', 'GAVE_UP')),
	detail       TEXT CHECK (length(detail) <= 1000)
);

CREATE INDEX notifications_delivery_log_by_outbox ON notifications_delivery_log (outbox_id, attempted_at);
