package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/** Mistakes in typing a number, and how the number's parser refuses them. */
final class Mistakes {

	private Mistakes() {
	}

	/** The exception the parser refused what was typed with; fails the test if it threw another or none. */
	static <E extends InvalidTypedNumberException> E refusal(String typed, Consumer<String> parse, Class<E> refusal) {
		Throwable thrown = catchThrowable(() -> parse.accept(typed));
		assertThat(thrown).as("refusal of a %d-character input", typed == null ? 0 : typed.length())
				.isInstanceOf(refusal);
		return refusal.cast(thrown);
	}

	/** Mistakes to be collected with {@link OneForEveryProblem#typed}, each to be named by {@code problemOf}. */
	static <P extends Enum<P>> OneForEveryProblem<P> oneForEveryProblem(Class<P> problems, Function<String, P> problemOf) {
		return new OneForEveryProblem<>(problems, problemOf);
	}

	/**
	 * One input, at least, for every problem a kind of number can have: a problem added without an
	 * input that causes it fails the tests.
	 */
	static final class OneForEveryProblem<P extends Enum<P>> {

		private record Mistake<P>(String typed, P problem) {
		}

		private final Class<P> problems;
		private final Function<String, P> problemOf;
		private final List<Mistake<P>> mistakes = new ArrayList<>();

		private OneForEveryProblem(Class<P> problems, Function<String, P> problemOf) {
			this.problems = problems;
			this.problemOf = problemOf;
		}

		OneForEveryProblem<P> typed(String typed, P problem) {
			mistakes.add(new Mistake<>(typed, problem));
			return this;
		}

		/** A test for each mistake, that it is named by its problem, and one that every problem has a mistake. */
		Stream<DynamicTest> tests() {
			Stream<DynamicTest> named = mistakes.stream().map(mistake -> dynamicTest(
					(mistake.typed() == null ? "null" : "\"" + mistake.typed() + "\"") + " is " + mistake.problem(),
					() -> assertThat(problemOf.apply(mistake.typed())).isEqualTo(mistake.problem())));
			DynamicTest everyProblem = dynamicTest("every problem has an input that causes it",
					() -> assertThat(mistakes.stream().map(Mistake::problem)).containsAll(EnumSet.allOf(problems)));
			return Stream.concat(named, Stream.of(everyProblem));
		}
	}
}
