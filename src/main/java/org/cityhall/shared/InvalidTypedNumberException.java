package org.cityhall.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * What someone typed is not a number of the kind the subclass names. The problem says what is
 * wrong and names the message to show at the field; the exception's own message is for logs and
 * never contains what was typed, only its length.
 */
abstract class InvalidTypedNumberException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** A problem with what was typed, as each kind of number names it: a constant of its enum. */
	interface Explained {

		String name();

		/** The English text, as written in logs. */
		String text();
	}

	private final Explained problem;

	InvalidTypedNumberException(Explained problem, int typedLength) {
		super(Objects.requireNonNull(problem).text() + " (" + problem.name() + ", " + typedLength + " characters typed)");
		this.problem = problem;
	}

	/** What is wrong with what was typed; a subclass names its own kind of problem. */
	public Explained problem() {
		return problem;
	}

	/** The key of a problem's message: its name in lower case with hyphens, after the prefix and a dot. */
	static String messageKey(String prefix, Enum<?> problem) {
		return prefix + "." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
