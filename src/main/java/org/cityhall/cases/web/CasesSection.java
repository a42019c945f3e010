package org.cityhall.cases.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.cases.CaseLists;
import org.cityhall.cases.CaseSummary;
import org.cityhall.cases.Draft;
import org.cityhall.cases.Drafts;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The person's part of My pages from {@code cases}: drafts to resume, ongoing cases and closed ones. */
@Component
class CasesSection implements MyPagesSection {

	/** The most cases listed. */
	private static final int MOST = 200;

	private final CaseLists lists;
	private final CaseLines lines;
	private final Drafts drafts;
	private final Catalogue catalogue;
	private final MessageSource messages;
	private final Clock clock;

	CasesSection(CaseLists lists, CaseLines lines, Drafts drafts, Catalogue catalogue, MessageSource messages, Clock clock) {
		this.lists = lists;
		this.lines = lines;
		this.drafts = drafts;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		if (person == null) {
			return Optional::empty;
		}
		Supplier<List<Draft>> ongoingDrafts = drafts.of(person.getName(), reads);
		Supplier<List<CaseSummary>> all = lists.of(person.getName(), MOST, reads);
		return () -> content(ongoingDrafts.get(), all.get(), locale);
	}

	private Optional<Content> content(List<Draft> ongoingDrafts, List<CaseSummary> all, Locale locale) {
		if (ongoingDrafts.isEmpty() && all.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		List<CaseLines.Line> open = lines.of(all.stream().filter(c -> c.status().isOpen()).toList(), locale, now);
		List<CaseLines.Line> done = lines.of(all.stream().filter(c -> !c.status().isOpen()).toList(), locale, now);
		return Optional.of(new Content(messages.getMessage("cases.mypages.heading", null, locale), "cases/my-pages :: section",
				Map.of("drafts", ongoingDrafts, "openRows", lines.myPagesRows(open), "doneRows", lines.myPagesRows(done),
						"catalogue", catalogue, "zone", java.time.ZoneId.of("Europe/Stockholm"))));
	}
}
