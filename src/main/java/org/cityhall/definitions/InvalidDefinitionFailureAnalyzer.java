package org.cityhall.definitions;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken definition into a start-up report a department can act on, instead of a stack trace. */
class InvalidDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDefinitionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDefinitionException cause) {
		return new FailureAnalysis(
				"The e-service catalogue could not be read: " + cause.getMessage(),
				"Correct " + cause.file() + " at line " + cause.line()
						+ (cause.field().isEmpty() ? "" : " (field '" + cause.field() + "')")
						+ ". The format is described in docs/eservice-definition.md.",
				cause);
	}
}
