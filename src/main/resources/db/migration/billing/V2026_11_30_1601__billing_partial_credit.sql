-- Credit notes for chosen lines: an invoice may have several credit notes (each fee is still credited
-- once, by billing_invoice_line_fee_once), and keeps what its credit notes took off what is owed.
DROP INDEX billing_invoice_credited_once;
ALTER TABLE billing_invoice ADD COLUMN credited NUMERIC(13, 2) NOT NULL DEFAULT 0;
