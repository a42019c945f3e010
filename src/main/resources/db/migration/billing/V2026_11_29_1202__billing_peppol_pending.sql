-- The invoicing run queues each invoice to an organisation here in its own transaction (status PENDING),
-- instead of every invoice's event waiting in the publication registry for a listener: the sender takes
-- the pending ones in turn.
ALTER TABLE billing_peppol_delivery DROP CONSTRAINT billing_peppol_delivery_status_check;
ALTER TABLE billing_peppol_delivery ADD CONSTRAINT billing_peppol_delivery_status_check CHECK (status IN ('PENDING', 'SENT', 'REFUSED'));
CREATE INDEX billing_peppol_delivery_pending_idx ON billing_peppol_delivery (at) WHERE status = 'PENDING';

-- Who in staff issued a credit note (invoices are issued by the run).
ALTER TABLE billing_invoice ADD COLUMN issued_by TEXT;
