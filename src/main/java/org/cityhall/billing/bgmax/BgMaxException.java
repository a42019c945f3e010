package org.cityhall.billing.bgmax;

/** A BgMax file that is not as Bankgirot's layout says: the message names the line and column. */
public class BgMaxException extends RuntimeException {

	private final int line;

	public BgMaxException(int line, String message) {
		super("line " + line + ": " + message);
		this.line = line;
	}

	/** The line that is wrong, from 1; 0 when the file as a whole is. */
	public int line() {
		return line;
	}
}
