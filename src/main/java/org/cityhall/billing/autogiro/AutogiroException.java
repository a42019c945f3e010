package org.cityhall.billing.autogiro;

/** An autogiro file that is not as Bankgirot's layout says: the message names the line and column. */
public class AutogiroException extends RuntimeException {

	private final int line;

	public AutogiroException(int line, String message) {
		super("line " + line + ": " + message);
		this.line = line;
	}

	/** The line that is wrong, from 1; 0 when the file as a whole is. */
	public int line() {
		return line;
	}
}
