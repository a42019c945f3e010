package org.cityhall.archive.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The archivist's search as typed, every value a string, so whatever was typed is shown again beside
 * what was wrong with it. A search by person needs a purpose: it is a read of that person's data.
 */
record RecordSearchForm(String matter, String person, String purpose, String eservice, String type, String from, String to,
		String text, String page) {

	static final List<String> PURPOSES = List.of("public-records-request", "subject-access-request", "disposal-review",
			"supervision");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
	private static final int MAX_TEXT = 200;

	record Problem(String field, String messageKey) {
	}

	/** The search as the archive runs it, or what stops it. */
	record Checked(List<Problem> problems, String matter, String personId, String purpose, String eservice, String type,
			LocalDate from, LocalDate to, String text, int page) {

		boolean isValid() {
			return problems.isEmpty();
		}

		boolean isEmpty() {
			return matter == null && personId == null && eservice == null && type == null && from == null && to == null
					&& text == null;
		}
	}

	/** The purposes as radio items in the page's language; the first has the id the error summary links to. */
	static List<Map<String, String>> purposeItems(MessageSource messages, Locale locale) {
		return PURPOSES.stream()
				.map(purpose -> Map.of("value", purpose, "label", messages.getMessage("archivists.purpose." + purpose, null, locale),
						"id", PURPOSES.indexOf(purpose) == 0 ? "purpose" : "purpose-" + purpose))
				.toList();
	}

	boolean submitted() {
		return matter != null || person != null || eservice != null || type != null || from != null || to != null || text != null;
	}

	Checked check(LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		String matterValue = code(matter, "matter", problems);
		String personId = null;
		if (!blank(person)) {
			try {
				personId = PersonalIdentityNumber.parse(person.strip(), today).value();
			}
			catch (RuntimeException wrong) {
				problems.add(new Problem("person", "archivists.search.error.person"));
			}
		}
		String purposeValue = blank(purpose) ? null : purpose.strip();
		if (!blank(person) && (purposeValue == null || !PURPOSES.contains(purposeValue))) {
			problems.add(new Problem("purpose", "archivists.search.error.purpose"));
		}
		String eserviceValue = code(eservice, "eservice", problems);
		String typeValue = code(type, "type", problems);
		LocalDate fromDate = date(from, "from", problems);
		LocalDate toDate = date(to, "to", problems);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			problems.add(new Problem("to", "archivists.search.error.period"));
		}
		String textValue = blank(text) ? null : text.strip();
		if (textValue != null && textValue.length() > MAX_TEXT) {
			problems.add(new Problem("text", "archivists.search.error.text"));
		}
		return new Checked(problems, matterValue, personId, purposeValue, eserviceValue, typeValue, fromDate, toDate, textValue,
				pageNumber());
	}

	String pageUrl(String path, int number) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		add(url, "matter", matter);
		add(url, "person", person);
		add(url, "purpose", purpose);
		add(url, "eservice", eservice);
		add(url, "type", type);
		add(url, "from", from);
		add(url, "to", to);
		add(url, "text", text);
		return url.queryParam("page", number).encode().build().toUriString();
	}

	private int pageNumber() {
		try {
			int number = Integer.parseInt(page == null ? "1" : page.strip());
			return number < 1 || number > 10_000 ? 1 : number;
		}
		catch (NumberFormatException wrong) {
			return 1;
		}
	}

	private static void add(UriComponentsBuilder url, String name, String value) {
		if (!blank(value)) {
			url.queryParam(name, value.strip());
		}
	}

	private static String code(String value, String field, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		if (!CODE.matcher(value.strip()).matches()) {
			problems.add(new Problem(field, "archivists.search.error." + field));
			return null;
		}
		return value.strip();
	}

	private static LocalDate date(String value, String field, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException wrong) {
			problems.add(new Problem(field, "archivists.search.error.date"));
			return null;
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
