package org.cityhall.records.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.records.Preschools;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** On My pages: a guardian's children at pre-school, each with a link to the child's page in the portal. */
@Component
class PreschoolSection implements MyPagesSection {

	private final Preschools preschools;
	private final MessageSource messages;

	PreschoolSection(Preschools preschools, MessageSource messages) {
		this.preschools = preschools;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 46;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return SignedInResidents.numberOf(person).<Supplier<Optional<Content>>>map(resident -> {
			Supplier<List<Child>> children = preschools.childrenOf(resident, reads);
			return () -> content(children.get(), locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(List<Child> children, Locale locale) {
		if (children.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(messages.getMessage("records.mypages.portal.heading", null, locale),
				"records/preschool/my-pages :: section", Map.of("children", children)));
	}
}
