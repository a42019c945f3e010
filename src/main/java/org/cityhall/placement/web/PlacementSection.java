package org.cityhall.placement.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.placement.Guardians;
import org.cityhall.placement.SchoolApplication;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The guardian's school choice applications on My pages, with those waiting for their confirmation first. */
@Component
class PlacementSection implements MyPagesSection {

	private final Guardians guardians;
	private final ApplicationLines lines;
	private final MessageSource messages;

	PlacementSection(Guardians guardians, ApplicationLines lines, MessageSource messages) {
		this.guardians = guardians;
		this.lines = lines;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return guardianOf(person).<Supplier<Optional<Content>>>map(guardian -> {
			Supplier<List<SchoolApplication>> applications = guardians.applicationsOf(guardian, reads);
			return () -> content(applications.get(), guardian, locale);
		}).orElse(Optional::empty);
	}

	private static Optional<PersonalIdentityNumber> guardianOf(Principal person) {
		if (person == null || !PersonalIdentityNumber.isValid(person.getName())) {
			return Optional.empty();
		}
		return Optional.of(PersonalIdentityNumber.parse(person.getName()));
	}

	private Optional<Content> content(List<SchoolApplication> applications, PersonalIdentityNumber guardian, Locale locale) {
		if (applications.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(messages.getMessage("placement.mypages.heading", null, locale),
				"placement/my-pages :: section", Map.of("lines", lines.of(applications, guardian))));
	}
}
