package org.cityhall;

import org.cityhall.EmbeddedDatabase.DataDirectoryInUseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly that another CityHall holds the demo city's data, rather than printing a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other CityHall first, or start this one with its own"
						+ " --cityhall.embedded-database.data-directory, or point it at a PostgreSQL server with SPRING_DATASOURCE_URL.",
				cause);
	}
}
