package org.cityhall.definitions;

/**
 * A definition file that cannot be accepted. The message names the file, the line and the
 * field, so the department that wrote it can fix it without reading code.
 */
public class InvalidDefinitionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final String field;
	private final String problem;

	public InvalidDefinitionException(String file, int line, String field, String problem) {
		super(file + ", line " + line + (field.isEmpty() ? "" : ", field '" + field + "'") + ": " + problem);
		this.file = file;
		this.line = line;
		this.field = field;
		this.problem = problem;
	}

	public String file() {
		return file;
	}

	/** One-based, as an editor shows it. */
	public int line() {
		return line;
	}

	/** The field's path, e.g. {@code benefit.yearlyCases}; empty when the file as a whole is wrong. */
	public String field() {
		return field;
	}

	public String problem() {
		return problem;
	}
}
