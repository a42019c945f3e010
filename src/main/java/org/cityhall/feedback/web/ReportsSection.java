package org.cityhall.feedback.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cityhall.feedback.ReportCategories;
import org.cityhall.feedback.ReportCategory;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reports;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reports a resident made while signed in, with their status, on My pages. */
@Component
class ReportsSection implements MyPagesSection {

	private final Reports reports;
	private final ReportCategories categories;
	private final MessageSource messages;

	ReportsSection(Reports reports, ReportCategories categories, MessageSource messages) {
		this.reports = reports;
		this.categories = categories;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return reporterOf(person).<Supplier<Optional<Content>>>map(reporter -> {
			Supplier<List<ReportView>> made = reports.by(reporter, reads);
			return () -> content(made.get(), locale);
		}).orElse(Optional::empty);
	}

	private static Optional<String> reporterOf(Principal person) {
		if (person == null || !PersonalIdentityNumber.isValid(person.getName()) || person.getName().length() != 12) {
			return Optional.empty();
		}
		return Optional.of(new Party.Person(PersonalIdentityNumber.parse(person.getName()), "").id());
	}

	private Optional<Content> content(List<ReportView> made, Locale locale) {
		if (made.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> names = categories.all().stream().collect(Collectors.toMap(ReportCategory::code, c -> c.name().in(locale)));
		return Optional.of(new Content(messages.getMessage("feedback.mypages.heading", null, locale), "feedback/my-pages :: section",
				Map.of("reports", made, "names", names)));
	}
}
