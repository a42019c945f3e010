-- Invoices to organisations handed to the city's Peppol access point: each once, after it passed the
-- Peppol BIS Billing 3.0 rules; an invoice that did not pass is kept here with the rules it broke, for
-- staff, and is not sent.
CREATE TABLE billing_peppol_delivery (
	invoice_id UUID PRIMARY KEY REFERENCES billing_invoice (id),
	status     TEXT NOT NULL CHECK (status IN ('SENT', 'REFUSED')),
	errors     TEXT,
	at         TIMESTAMP WITH TIME ZONE NOT NULL
);
