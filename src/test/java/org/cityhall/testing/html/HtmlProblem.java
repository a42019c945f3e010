package org.cityhall.testing.html;

import java.util.Locale;

/** One thing the Nu HTML Checker found in a document, where it found it and what it said. */
public record HtmlProblem(Severity severity, int line, int column, String message) {

	public enum Severity {
		WARNING, ERROR, FATAL
	}

	/** Whether the document is invalid because of it; warnings leave it valid. */
	public boolean isError() {
		return severity != Severity.WARNING;
	}

	@Override
	public String toString() {
		return severity.name().toLowerCase(Locale.ROOT) + " at line " + line + ", column " + column + ": " + message;
	}
}
