-- A notice to an e-mail address is written in the language of the person who verified that address, when the
-- address has no preferences of its own (a reply from the contact centre to a resident's e-mail): found by address.
CREATE INDEX notifications_contact_email_address ON notifications_contact (lower(address)) WHERE channel = 'EMAIL' AND address IS NOT NULL;
