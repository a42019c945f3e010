package org.cityhall.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityhall.cases.Handling;
import org.cityhall.cases.Submission;
import org.cityhall.cases.SubmissionHandler;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Takes submissions to e-services of kind {@code booking}. The form names what to book either by a
 * field {@code bookable} (a course, a camp week: its code) or by a day and a time, {@code slotDate} and
 * {@code slotTime} (a wedding ceremony: the e-service's bookable starting then). {@code waitlistIfFull}
 * says whether to wait when it is full; a file in {@code certificate} is a wedding's certificate of no
 * impediment. Every other answer is kept with the booking as its details. The booking's reference is
 * the case number, and the participant is whom the applicant acts for: themselves, a child, an
 * association.
 */
@Component
class BookingSubmissionHandler implements SubmissionHandler {

	private static final Set<String> PLACE_FIELDS = Set.of("bookable", "slotDate", "slotTime", "waitlistIfFull", "certificate", "season");

	private final Bookings bookings;
	private final Seasons seasons;
	private final Resources resources;
	private final MessageSource messages;

	BookingSubmissionHandler(Bookings bookings, Seasons seasons, Resources resources, MessageSource messages) {
		this.bookings = bookings;
		this.seasons = seasons;
		this.resources = resources;
		this.messages = messages;
	}

	@Override
	public EService.Kind kind() {
		return EService.Kind.BOOKING;
	}

	@Override
	public Handling accept(Submission submission) {
		Answers answers = submission.answers();
		if (answers.isAnswered("season")) {
			return applyForSeason(submission);
		}
		String code = bookableCode(submission.eservice().id(), answers);
		BookingOutcome outcome = bookings.book(new BookingRequest(code, submission.number().value(), submission.actor().who(),
				submission.actor().forWhom(), Boolean.TRUE.equals(answers.get("waitlistIfFull").orElse(false)),
				details(answers), answers.isAnswered("certificate")));
		if (outcome instanceof BookingOutcome.Booked booked) {
			return new Handling(false, Optional.of(booked.certificateDue()
					.map(due -> text("booking.receipt.booked-certificate", BookingTime.local(due)))
					.orElseGet(() -> text("booking.receipt.booked"))));
		}
		if (outcome instanceof BookingOutcome.Waitlisted waitlisted) {
			return new Handling(false, Optional.of(text("booking.receipt.waitlisted", waitlisted.position())));
		}
		BookingOutcome.Refused refused = (BookingOutcome.Refused) outcome;
		throw new SubmissionRefused(refused.messageKey(), refused.arguments().toArray());
	}

	/**
	 * An association's application for a weekly time: fields {@code season}, {@code resource},
	 * {@code weekday} (1 is Monday), {@code startTime}, {@code endTime}, {@code youthActivity},
	 * {@code associationName} and {@code associationNumber}.
	 */
	private Handling applyForSeason(Submission submission) {
		Answers answers = submission.answers();
		Party.Organisation association = new Party.Organisation(
				OrganisationNumber.parse(answers.get("associationNumber").orElseThrow().toString()),
				answers.get("associationName").map(Object::toString).orElse(null));
		Optional<BookingOutcome.Refused> refused = seasons.apply(new Seasons.Application(submission.number().value(),
				text(answers, "season"), text(answers, "resource"), association, submission.actor().who(),
				DayOfWeek.of(Integer.parseInt(text(answers, "weekday"))), LocalTime.parse(text(answers, "startTime")),
				LocalTime.parse(text(answers, "endTime")), Boolean.TRUE.equals(answers.get("youthActivity").orElse(false))));
		if (refused.isPresent()) {
			throw new SubmissionRefused(refused.get().messageKey(), refused.get().arguments().toArray());
		}
		return new Handling(false, Optional.of(text("booking.receipt.season-applied")));
	}

	private static String text(Answers answers, String field) {
		return answers.get(field).map(Object::toString).orElseThrow(() -> new SubmissionRefused("booking.refused.no-choice"));
	}

	private String bookableCode(String eservice, Answers answers) {
		Optional<Object> bookable = answers.get("bookable");
		if (bookable.isPresent()) {
			return bookable.get().toString();
		}
		Optional<Object> day = answers.get("slotDate");
		Optional<Object> time = answers.get("slotTime");
		if (day.isEmpty() || time.isEmpty()) {
			throw new SubmissionRefused("booking.refused.no-choice");
		}
		LocalDate date = day.get() instanceof LocalDate local ? local : LocalDate.parse(day.get().toString());
		LocalTime at = LocalTime.parse(time.get().toString());
		return resources.startingAt(eservice, date.atTime(at).atZone(BookingTime.ZONE).toInstant())
				.map(Bookable::code)
				.orElseThrow(() -> new SubmissionRefused("booking.refused.no-slot", date.toString(), at.toString()));
	}

	private static Map<String, String> details(Answers answers) {
		Map<String, String> details = new LinkedHashMap<>();
		answers.values().forEach((field, value) -> {
			if (!PLACE_FIELDS.contains(field) && !(value instanceof List)) {
				details.put(field, value.toString());
			}
		});
		return details;
	}

	private LocalizedText text(String key, Object... arguments) {
		return new LocalizedText(messages.getMessage(key, arguments, Locale.forLanguageTag("sv")),
				messages.getMessage(key, arguments, Locale.ENGLISH));
	}
}
