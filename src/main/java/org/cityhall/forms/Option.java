package org.cityhall.forms;

import java.util.Objects;

import org.cityhall.shared.LocalizedText;

/** One choice of a single or multiple choice field: the value posted and stored, and its label. */
public record Option(String value, LocalizedText label) {

	public Option {
		Objects.requireNonNull(value, "an option's value is required");
		Objects.requireNonNull(label, "an option's label is required");
	}
}
