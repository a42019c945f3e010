package org.cityhall.identity.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cityhall.identity.RegisterImports;
import org.cityhall.identity.RegisterImports.InvalidExtractException;
import org.cityhall.identity.RegisterImports.Problem;

/** The problems found in an extract: all of them counted, the first thousand kept to report. */
final class Problems {

	static final int REPORTED = 1000;

	private static final Comparator<Problem> IN_FILE_ORDER = Comparator
			.comparingInt((Problem problem) -> fileOrder(problem.file()))
			.thenComparingInt(Problem::line)
			.thenComparingInt(Problems::columnOrder);

	private final List<Problem> problems = new ArrayList<>();
	private int total;

	void add(String file, int line, String column, String reason) {
		total++;
		if (problems.size() < REPORTED * 2) {
			problems.add(new Problem(file, line, column, reason));
		}
	}

	boolean any() {
		return total > 0;
	}

	void throwIfAny() {
		if (total > 0) {
			throw new InvalidExtractException(problems.stream().sorted(IN_FILE_ORDER).limit(REPORTED).toList(), total);
		}
	}

	private static int columnOrder(Problem problem) {
		return problem.column() == null ? -1
				: ExtractFile.named(problem.file()).map(file -> file.header.indexOf(problem.column())).orElse(-1);
	}

	private static int fileOrder(String file) {
		int index = RegisterImports.FILES.indexOf(file);
		return index < 0 ? Integer.MAX_VALUE : index;
	}
}
