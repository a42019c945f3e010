-- The agent's reply to a contact that came by e-mail, sent to its sender through notifications.

ALTER TABLE contact_contact ADD COLUMN reply text CHECK (length(reply) <= 2000);
ALTER TABLE contact_contact ADD COLUMN replied_at timestamptz;
ALTER TABLE contact_contact ADD CONSTRAINT contact_contact_replied CHECK ((reply IS NULL) = (replied_at IS NULL));
