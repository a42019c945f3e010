package org.cityhall.permits.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.permits.PermitView;
import org.cityhall.permits.Permits;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The person's residents' parking permits on My pages, with whether each is valid today and a link to it. */
@Component
class PermitsSection implements MyPagesSection {

	private final Permits permits;
	private final MessageSource messages;

	PermitsSection(Permits permits, MessageSource messages) {
		this.permits = permits;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return Holders.of(person).<Supplier<Optional<Content>>>map(holder -> {
			Supplier<List<PermitView>> held = permits.of(holder, reads);
			return () -> content(held.get(), locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(List<PermitView> held, Locale locale) {
		if (held.isEmpty()) {
			return Optional.empty();
		}
		List<PermitLine> lines = held.stream().map(p -> PermitLine.of(p, permits.today())).toList();
		return Optional.of(new Content(messages.getMessage("permits.mypages.heading", null, locale), "permits/my-pages :: section",
				Map.of("permits", lines)));
	}

	/** A permit as a row on My pages: its state today in one word. */
	record PermitLine(String reference, String zone, String plate, String state) {

		static PermitLine of(PermitView permit, java.time.LocalDate today) {
			String state = permit.validOn(today) ? "valid" : permit.ended() ? "ended"
					: permit.status() == org.cityhall.permits.PermitStatus.SUSPENDED ? "suspended" : "not-paid";
			return new PermitLine(permit.reference(), permit.zone(), permit.plate(), state);
		}
	}
}
