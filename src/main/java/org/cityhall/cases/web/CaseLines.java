package org.cityhall.cases.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cityhall.cases.CaseSummary;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.web.TableRows;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lists of cases made ready to show, as text in the reader's language: the tables of My pages and of
 * the officers' inbox print these as they are. Looking up e-service titles and status texts and
 * formatting dates in the templates, for every line, was most of what those pages cost; templating the
 * cells of fifty lines was most of what was left, so the tables' rows are written here too
 * ({@link TableRows}).
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
				catalogue.titleOf(summary.eserviceId()).map(title -> title.in(locale)).orElse(summary.eserviceId()),
				summary.subjectName(), date(summary.submittedAt()), summary.dueAt().map(CaseLines::date).orElse(NONE),
				summary.isOverdue(now), summary.status().code(),
				messages.getMessage("cases.status." + summary.status().code(), null, locale),
				summary.assignedName().orElse(NONE))).toList();
	}

	/**
	 * The rows of a person's table of cases on My pages: number (a link to the case), e-service, status
	 * (a tag) and the date it was submitted.
	 */
	String myPagesRows(List<Line> lines) {
		TableRows rows = TableRows.forCurrentRequest();
		for (Line line : lines) {
			rows.row().cell().link("/my-pages/cases/", line.number(), line.number()).cell().text(line.eservice()).cell()
					.tag("cityhall-status--" + line.statusCode(), line.status()).cell().text(line.submitted());
		}
		return rows.html();
	}

	/**
	 * The rows of the officers' inbox: number (a link to the case), e-service, whom it is about, submitted,
	 * due (marked when overdue), status and the officer assigned.
	 */
	String inboxRows(List<Line> lines, Locale locale) {
		TableRows rows = TableRows.forCurrentRequest();
		String overdue = messages.getMessage("cases.staff.overdue", null, locale);
		for (Line line : lines) {
			rows.row().cell().link("/staff/cases/", line.number(), line.number()).cell().text(line.eservice()).cell()
					.text(line.subject()).cell().text(line.submitted()).cell(line.overdue() ? "cityhall-overdue" : null)
					.text(line.due());
			if (line.overdue()) {
				rows.text(" ").tag("govuk-tag--red", overdue);
			}
			rows.cell().text(line.status()).cell().text(line.assigned());
		}
		return rows.html();
	}

	private static String date(Instant at) {
		return DATE.format(at.atZone(SWEDEN));
	}
}
