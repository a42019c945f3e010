package org.cityhall.cases.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
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
import org.cityhall.shared.LeastRecentlyUsed;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The person's part of My pages from {@code cases}: drafts to resume, ongoing cases and closed ones.
 *
 * <p>Reading and writing out fifty cases was the largest part of what My pages cost, and a person's
 * cases change far less often than they look at them. So each node keeps the section it last made for a
 * person, in each language, with the number of times the person's cases and drafts had been written
 * when it was made ({@link CaseLists#writesOf}). The database raises that number in the same transaction
 * as every write, so the kept section is shown only while nothing has changed, on any node; when the
 * number has moved, the lists are read again in a round trip of their own. A kept section is made again
 * after {@link #KEPT_FOR} in any case (an e-service's title may change without a write to a case), and a
 * node keeps at most {@link #KEPT_MOST}, the least recently shown going first.
 */
@Component
class CasesSection implements MyPagesSection {

	/** The most cases listed. */
	private static final int MOST = 200;

	/** How long a kept section may be shown. */
	static final Duration KEPT_FOR = Duration.ofMinutes(5);

	/** How many sections a node keeps: for fifty cases, about 10 KB each. */
	static final int KEPT_MOST = 2_000;

	private final CaseLists lists;
	private final CaseLines lines;
	private final Drafts drafts;
	private final Catalogue catalogue;
	private final MessageSource messages;
	private final Clock clock;
	private final Map<String, Kept> kept = Collections.synchronizedMap(new LeastRecentlyUsed<>(256, KEPT_MOST));

	/** A section as made: at which number of writes, when, and what it showed. */
	private record Kept(long writes, Instant madeAt, Optional<Content> content) {
	}

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
		String party = person.getName();
		String key = party + "\n" + locale.toLanguageTag();
		// The number first: lists read after it are at least as new as it says.
		Supplier<Long> writes = lists.writesOf(party, reads);
		Kept earlier = kept.get(key);
		if (earlier != null && clock.instant().isBefore(earlier.madeAt().plus(KEPT_FOR))) {
			return () -> {
				long now = writes.get();
				return now == earlier.writes() ? earlier.content() : made(key, () -> now, party, locale, reads).get();
			};
		}
		return made(key, writes, party, locale, reads);
	}

	/**
	 * Queues the person's lists, and gives the section made from them, kept at the number of writes queued
	 * (or read) before them.
	 */
	private Supplier<Optional<Content>> made(String key, Supplier<Long> writes, String party, Locale locale, MyPagesReads reads) {
		Supplier<List<Draft>> ongoingDrafts = drafts.of(party, reads);
		Supplier<List<CaseSummary>> all = lists.of(party, MOST, reads);
		return () -> {
			long at = writes.get();
			Instant madeAt = clock.instant();
			Optional<Content> content = content(ongoingDrafts.get(), all.get(), locale);
			kept.put(key, new Kept(at, madeAt, content));
			return content;
		};
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
