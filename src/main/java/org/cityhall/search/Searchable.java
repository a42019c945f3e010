package org.cityhall.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.shared.LocalizedText;

/**
 * A document the search portal finds: what a {@link SearchSource} gives. Its texts are indexed in
 * Swedish and English; who may find it is decided by its {@link Visibility}, checked on every query.
 *
 * @param id unique within its source, stable between calls (a register entry's id, a page's slug)
 * @param kind what it is, lower case with hyphens ({@code radon-reading}, {@code provider}); the
 *        results page groups by it and names it by the message {@code search.kind.<kind>}
 * @param title what the result says, in both languages
 * @param text what is searched and quoted beside the title, in both languages; may be empty
 * @param url where the result leads, a path in CityHall ({@code /registers/radon/123})
 * @param department the responsible department's id in the catalogue, if any
 * @param visibility who may find it
 * @param subject for {@link Visibility#SUBJECT}: the party id (12-digit number, organisation number)
 *        whose document it is; empty otherwise
 * @param updatedAt when it last changed, shown with the result; empty when it does not matter
 */
public record Searchable(String id, String kind, LocalizedText title, LocalizedText text, String url,
		Optional<String> department, Visibility visibility, Optional<String> subject, Optional<Instant> updatedAt) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	public Searchable {
		Objects.requireNonNull(id, "id");
		if (id.isBlank() || id.length() > 200) {
			throw new IllegalArgumentException("a searchable id has 1 to 200 characters: '" + id + "'");
		}
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("a searchable kind is lower case with hyphens, at most 40 characters: '" + kind + "'");
		}
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		if (url == null || !url.startsWith("/") || url.startsWith("//")) {
			throw new IllegalArgumentException("a searchable url is a path in CityHall, starting with one '/': '" + url + "'");
		}
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(visibility, "visibility");
		Objects.requireNonNull(subject, "subject");
		if (visibility == Visibility.SUBJECT && subject.isEmpty()) {
			throw new IllegalArgumentException("a searchable for its subject's eyes names the subject: " + id);
		}
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/** A document everyone may find. */
	public static Searchable publicDocument(String id, String kind, LocalizedText title, LocalizedText text, String url,
			Optional<String> department) {
		return new Searchable(id, kind, title, text, url, department, Visibility.PUBLIC, Optional.empty(), Optional.empty());
	}

	/** Who may find a document. */
	public enum Visibility {
		/** Everyone, signed in or not. */
		PUBLIC,
		/** Its subject, those who act for the subject today, and staff of its department. */
		SUBJECT,
		/** Staff of its department only (staff with a city-wide role: every department). */
		STAFF
	}
}
