-- Every notice once, in its recipient's inbox on My pages. The texts are rendered when shown, in
-- the reader's language, from the publishing module's message keys and the stored arguments.
-- The notice id comes from the event, so a redelivered event finds its entry already here.
CREATE TABLE notifications_inbox (
	id          UUID PRIMARY KEY,
	notice_id   TEXT NOT NULL UNIQUE CHECK (length(notice_id) <= 200),
	recipient   TEXT NOT NULL CHECK (length(recipient) <= 254),
	template    TEXT NOT NULL CHECK (length(template) <= 200),
	arguments   TEXT[] NOT NULL,
	link        TEXT CHECK (length(link) <= 2000),
	received_at TIMESTAMPTZ NOT NULL,
	read_at     TIMESTAMPTZ
);

CREATE INDEX notifications_inbox_by_recipient ON notifications_inbox (recipient, received_at DESC);
