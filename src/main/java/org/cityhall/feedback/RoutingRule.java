package org.cityhall.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Wgs84;

/**
 * One of the ordered rules that send a report to the department responsible: the first rule whose every
 * given condition holds wins. A rule with no condition at all catches everything.
 *
 * @param category the report's category, or empty for any
 * @param area the area the report's position must lie in, or empty for anywhere
 * @param words words of which at least one must be in the description (case ignored), or none for any text
 */
public record RoutingRule(UUID id, int position, Optional<String> category, Optional<RoutingArea> area, List<String> words, String department) {

	public RoutingRule {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(area, "area");
		words = List.copyOf(words);
		Objects.requireNonNull(department, "department");
	}

	public boolean matches(String reportCategory, Optional<Wgs84> at, String text) {
		if (category.isPresent() && !category.get().equals(reportCategory)) {
			return false;
		}
		if (area.isPresent() && (at.isEmpty() || !area.get().contains(at.get()))) {
			return false;
		}
		if (words.isEmpty()) {
			return true;
		}
		String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
		return words.stream().anyMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
	}

	/** Words as an administrator types them: separated by commas. */
	public static List<String> words(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return Arrays.stream(typed.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
	}
}
