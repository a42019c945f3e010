-- A payment listed for staff is marked handled with what was done (refunded, matched by hand), and a bank
-- payment of an invoice whose fees were already paid by card is flagged as paid twice, to refund.
ALTER TABLE billing_bank_payment ADD COLUMN handled_note TEXT;
ALTER TABLE billing_bank_payment ADD COLUMN paid_twice BOOLEAN NOT NULL DEFAULT false;
