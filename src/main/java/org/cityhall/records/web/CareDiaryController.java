package org.cityhall.records.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.audit.AuditRecord;
import org.cityhall.records.CareDiaries;
import org.cityhall.records.DiaryMonth;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care diary for residents: the person's own and those shared with them, a diary's month, and who
 * has read the person's diary. Whether one may read is {@link CareDiaries}' to say, on every request.
 */
@Controller
class CareDiaryController {

	static final int READERS_SHOWN = 100;

	private final CareDiaries diaries;
	private final MessageSource messages;

	CareDiaryController(CareDiaries diaries, MessageSource messages) {
		this.diaries = diaries;
		this.messages = messages;
	}

	@GetMapping("/care-diary")
	String index(Actor actor, Model model) {
		Party.Person me = person(actor);
		model.addAttribute("own", diaries.diaryOf(me.number()).orElse(null));
		model.addAttribute("shared", diaries.sharedWith(me.number()));
		return "records/care-diary/index";
	}

	@GetMapping("/care-diary/{id}")
	String diary(@PathVariable UUID id, @RequestParam(required = false) String month, Actor actor, Model model, Locale locale) {
		Optional<YearMonth> asked = Optional.empty();
		if (month != null && !month.isBlank()) {
			try {
				asked = Optional.of(YearMonth.parse(month.strip(), DateTimeFormatter.ofPattern("uuuu-MM")));
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("monthError", messages.getMessage("records.diary.error.month", null, locale));
				model.addAttribute("typedMonth", month);
			}
		}
		try {
			DiaryMonth shown = diaries.open(actor, id, asked);
			model.addAttribute("diary", shown.diary());
			model.addAttribute("reader", shown.reader().name());
			model.addAttribute("view", DiaryView.of(shown, locale));
			return "records/care-diary/diary";
		}
		catch (CareDiaries.StepUpRequired stepUp) {
			return "redirect:" + stepUp.stepUpUrl();
		}
	}

	@GetMapping("/care-diary/readers")
	String readers(Actor actor, Model model, Locale locale) {
		List<AuditRecord> reads = diaries.readersOf(actor, READERS_SHOWN);
		model.addAttribute("reads", reads.stream().map(read -> ReaderLine.of(read, messages, locale)).toList());
		model.addAttribute("shown", READERS_SHOWN);
		return "records/care-diary/readers";
	}

	private static Party.Person person(Actor actor) {
		if (actor.who() instanceof Party.Person) {
			return (Party.Person) actor.who();
		}
		throw new AccessDeniedException("a care diary is for residents signed in with a personal identity number");
	}
}
