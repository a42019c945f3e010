package org.cityhall.billing.einvoice;

/** An e-faktura file from Bankgirot that is not as its layout says: the message names the line and column. */
public class EInvoiceException extends RuntimeException {

	private final int line;

	public EInvoiceException(int line, String message) {
		super("line " + line + ": " + message);
		this.line = line;
	}

	/** The line that is wrong, from 1; 0 when the file as a whole is. */
	public int line() {
		return line;
	}
}
