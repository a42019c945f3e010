package org.cityhall.forms;

/**
 * A condition that cannot be read: the column (from 1) where reading stopped and what was
 * expected there, or the field it refers to that is not known at that place in the form.
 */
public class ConditionSyntaxException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final int column;

	private final String problem;

	ConditionSyntaxException(int column, String problem) {
		super("column " + column + ": " + problem);
		this.column = column;
		this.problem = problem;
	}

	/** The column, counted from 1, where the problem is. */
	public int column() {
		return column;
	}

	/** What was expected, or which field is unknown. */
	public String problem() {
		return problem;
	}
}
