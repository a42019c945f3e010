package org.cityhall.forms;

import java.util.Objects;

import org.cityhall.shared.LocalizedText;

/** A warning at a field, shown before submit; the applicant may submit anyway. */
public record Advice(String fieldId, LocalizedText text) {

	public Advice {
		Objects.requireNonNull(fieldId, "the field the advice is about is required");
		Objects.requireNonNull(text, "the advice's text is required");
	}
}
