package org.cityhall.cases.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cityhall.cases.CaseSummary;
import org.cityhall.catalogue.Catalogue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lists of cases made ready to show, as text in the reader's language: the tables of My pages and of
 * the officers' inbox print these as they are. Looking up e-service titles and status texts and
 * formatting dates in the templates, for every line, was most of what those pages cost.
 */
@Component
class CaseLines {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
	private static final String NONE = "–";

	private final Catalogue catalogue;
	private final MessageSource messages;

	CaseLines(Catalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/**
	 * A case as a line of a table.
	 *
	 * @param statusCode the status for the tag's style, {@code cityhall-status--<code>}
	 * @param due the date the handling target falls on, or a dash
	 * @param overdue whether it is open past that date
	 * @param assigned the officer's name, or a dash
	 */
	record Line(String number, String eservice, String subject, String submitted, String due, boolean overdue,
			String statusCode, String status, String assigned) {
	}

	List<Line> of(List<CaseSummary> cases, Locale locale, Instant now) {
		return cases.stream().map(summary -> new Line(summary.number().value(),
				catalogue.find(summary.eserviceId()).map(eservice -> eservice.title().in(locale)).orElse(summary.eserviceId()),
				summary.subjectName(), date(summary.submittedAt()), summary.dueAt().map(CaseLines::date).orElse(NONE),
				summary.isOverdue(now), summary.status().code(),
				messages.getMessage("cases.status." + summary.status().code(), null, locale),
				summary.assignedName().orElse(NONE))).toList();
	}

	private static String date(Instant at) {
		return DATE.format(at.atZone(SWEDEN));
	}
}
