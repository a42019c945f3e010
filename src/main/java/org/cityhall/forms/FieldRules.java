package org.cityhall.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a field beyond being required; each applies only to the field types named.
 *
 * @param maxLength text, long text and address: the most characters, below the type's own limit
 * @param unit number: the unit shown after the input, such as {@code m}
 * @param min number: the smallest value allowed
 * @param max number: the largest value allowed
 * @param afterToday date: must be after today
 * @param after date: must be after the date answered in the field with this id
 * @param before date: must be before the date answered in the field with this id
 * @param select single choice: shown as a select rather than radios
 * @param fileTypes file: the allowed file name extensions, lower case, such as {@code pdf}
 * @param maxFileSizeMegabytes file: the largest size of one file
 * @param maxFiles file: the most files
 * @param minItems repeating group: the fewest items
 * @param maxItems repeating group: the most items
 */
public record FieldRules(Optional<Integer> maxLength, Optional<String> unit, Optional<BigDecimal> min,
		Optional<BigDecimal> max, boolean afterToday, Optional<String> after, Optional<String> before, boolean select,
		List<String> fileTypes, Optional<Integer> maxFileSizeMegabytes, Optional<Integer> maxFiles,
		Optional<Integer> minItems, Optional<Integer> maxItems) {

	/** No rules beyond the type's own. */
	public static final FieldRules NONE = new FieldRules(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), false, Optional.empty(), Optional.empty(), false, List.of(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty());

	public FieldRules {
		Objects.requireNonNull(maxLength);
		Objects.requireNonNull(unit);
		Objects.requireNonNull(min);
		Objects.requireNonNull(max);
		Objects.requireNonNull(after);
		Objects.requireNonNull(before);
		fileTypes = List.copyOf(fileTypes);
		Objects.requireNonNull(maxFileSizeMegabytes);
		Objects.requireNonNull(maxFiles);
		Objects.requireNonNull(minItems);
		Objects.requireNonNull(maxItems);
	}

	/** These rules with a number's range. */
	public FieldRules withRange(BigDecimal min, BigDecimal max) {
		return new FieldRules(maxLength, unit, Optional.ofNullable(min), Optional.ofNullable(max), afterToday, after,
				before, select, fileTypes, maxFileSizeMegabytes, maxFiles, minItems, maxItems);
	}

	/** These rules with a date that must be after today. */
	public FieldRules withAfterToday() {
		return new FieldRules(maxLength, unit, min, max, true, after, before, select, fileTypes, maxFileSizeMegabytes,
				maxFiles, minItems, maxItems);
	}

	/** These rules with a date that must be after another field's date. */
	public FieldRules withAfter(String fieldId) {
		return new FieldRules(maxLength, unit, min, max, afterToday, Optional.of(fieldId), before, select, fileTypes,
				maxFileSizeMegabytes, maxFiles, minItems, maxItems);
	}

	/** These rules with a group's number of items. */
	public FieldRules withItems(Integer minItems, Integer maxItems) {
		return new FieldRules(maxLength, unit, min, max, afterToday, after, before, select, fileTypes,
				maxFileSizeMegabytes, maxFiles, Optional.ofNullable(minItems), Optional.ofNullable(maxItems));
	}
}
