package org.cityhall.shared;

import java.util.Objects;

/**
 * What someone typed is not a number of the kind the subclass names. The problem says what is
 * wrong and names the message to show at the field; the exception's own message is for logs and
 * never contains what was typed, only its length.
 */
abstract class InvalidTypedNumberException extends IllegalArgumentException {

	private final NumberProblem problem;

	InvalidTypedNumberException(NumberProblem problem, int typedLength) {
		super(Objects.requireNonNull(problem).text() + " (" + problem.name() + ", " + typedLength + " characters typed)");
		this.problem = problem;
	}

	/** What is wrong with what was typed; a subclass names its own kind of problem. */
	public NumberProblem problem() {
		return problem;
	}

	/** Whether the parsing refuses what was typed; any other exception passes through. */
	static boolean isThrownBy(Runnable parsing) {
		try {
			parsing.run();
			return false;
		}
		catch (InvalidTypedNumberException invalid) {
			return true;
		}
	}
}
