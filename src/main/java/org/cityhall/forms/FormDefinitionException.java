package org.cityhall.forms;

/**
 * The form part of a definition file cannot be read: the file, the line (from 1), the field path
 * such as {@code form.steps[1].fields[0].showIf} and what is wrong.
 */
public class FormDefinitionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final String field;
	private final String problem;

	public FormDefinitionException(String file, int line, String field, String problem) {
		super(file + ", line " + line + ", " + field + ": " + problem);
		this.file = file;
		this.line = line;
		this.field = field;
		this.problem = problem;
	}

	/** The definition file's name. */
	public String file() {
		return file;
	}

	/** The line, counted from 1. */
	public int line() {
		return line;
	}

	/** The path of the field, such as {@code form.steps[0].fields[2].min}. */
	public String field() {
		return field;
	}

	/** What is wrong. */
	public String problem() {
		return problem;
	}
}
