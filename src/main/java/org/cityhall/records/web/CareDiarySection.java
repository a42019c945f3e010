package org.cityhall.records.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.records.CareDiaries;
import org.cityhall.records.Diary;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** On My pages: the person's care diary and the diaries shared with them, when there are any. */
@Component
class CareDiarySection implements MyPagesSection {

	private final CareDiaries diaries;
	private final MessageSource messages;

	CareDiarySection(CareDiaries diaries, MessageSource messages) {
		this.diaries = diaries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return SignedInResidents.numberOf(person).<Supplier<Optional<Content>>>map(number -> {
			Supplier<Optional<Diary>> own = diaries.diaryOf(number, reads);
			Supplier<List<Diary>> shared = diaries.sharedWith(number, reads);
			return () -> content(own.get(), shared.get(), locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(Optional<Diary> own, List<Diary> shared, Locale locale) {
		if (own.isEmpty() && shared.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(messages.getMessage("records.mypages.heading", null, locale),
				"records/care-diary/my-pages :: section", Map.of("hasOwn", own.isPresent(), "shared", shared)));
	}
}
