package org.cityhall.queues.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.queues.Alternative;
import org.cityhall.queues.Entry;
import org.cityhall.queues.OrderIndex.Standing;
import org.cityhall.queues.QueueEntries;
import org.cityhall.queues.Queues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An entry and its standings as the pages show them, in the page's language. */
@Component
class EntryRows {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Queues queues;
	private final QueueEntries entries;
	private final MessageSource messages;

	EntryRows(Queues queues, QueueEntries entries, MessageSource messages) {
		this.queues = queues;
		this.entries = entries;
		this.messages = messages;
	}

	/** One line of My pages' list. */
	record Row(String reference, String queue, String who, String queueDate, String status) {
	}

	/** One choice and where the entry stands for it. */
	record StandingRow(int preference, String alternativeId, String alternative, String position, String why, String tied) {
	}

	Row row(Entry entry, Locale locale) {
		return new Row(entry.reference(), text("queues.queue." + entry.queueId(), locale),
				entry.subject().displayName() == null ? "" : entry.subject().displayName(), date(entry.queueDate()),
				text("queues.entry.status." + entry.status().name().toLowerCase(Locale.ROOT), locale));
	}

	List<StandingRow> standings(Entry entry, Locale locale) {
		Map<String, Standing> standings = entries.standings(entry);
		List<StandingRow> rows = new ArrayList<>();
		for (Entry.Choice choice : entry.activeChoices()) {
			Standing standing = standings.get(choice.alternativeId());
			if (standing == null) {
				continue;
			}
			rows.add(new StandingRow(choice.preference(), choice.alternativeId(), name(choice.alternativeId()),
					messages.getMessage("queues.standing.position", new Object[] {standing.position(), standing.waiting()}, locale),
					text(standing.explanationKey(), locale),
					standing.tiedWith() == 0 ? ""
							: messages.getMessage("queues.standing.tied-with", new Object[] {standing.tiedWith()}, locale)));
		}
		return rows;
	}

	String name(String alternativeId) {
		return queues.alternative(alternativeId).map(Alternative::name).orElse(alternativeId);
	}

	static long queueDays(Entry entry) {
		return ChronoUnit.DAYS.between(entry.queueDate(), LocalDate.now(SWEDEN));
	}

	static String date(LocalDate date) {
		return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}

	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
