package org.cityhall.registers;

import java.util.List;

/**
 * What a dry run found in a file: how many lines it holds and every problem, in line order (at most
 * {@link #MAX_PROBLEMS} listed; {@code totalProblems} counts them all). An import runs only when there are none.
 */
public record ImportReport(RegisterImports.Register register, String fileName, int rows, List<ImportProblem> problems,
		int totalProblems) {

	public static final int MAX_PROBLEMS = 1_000;

	public ImportReport {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return totalProblems == 0;
	}
}
