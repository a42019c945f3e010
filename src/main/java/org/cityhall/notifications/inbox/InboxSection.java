package org.cityhall.notifications.inbox;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.notifications.web.SignedInRecipient;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The inbox on My pages: how many notices are unread, and the latest few. */
@Component
class InboxSection implements MyPagesSection {

	static final int LATEST = 3;

	private final Inbox inbox;
	private final InboxRows rows;
	private final MessageSource messages;

	InboxSection(Inbox inbox, InboxRows rows, MessageSource messages) {
		this.inbox = inbox;
		this.rows = rows;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return SignedInRecipient.of(person).<Supplier<Optional<Content>>>map(me -> {
			Supplier<List<Inbox.Entry>> latest = inbox.latest(me.id(), LATEST, reads);
			Supplier<Integer> unread = inbox.unread(me.id(), reads);
			return () -> content(latest.get(), unread, locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(List<Inbox.Entry> entries, Supplier<Integer> unread, Locale locale) {
		List<InboxRows.Row> latest = entries.stream().map(entry -> rows.row(entry, locale)).toList();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(messages.getMessage("notifications.section.heading", null, locale),
				"notifications/section :: inbox", Map.of("unread", unread.get(), "latest", latest)));
	}
}
