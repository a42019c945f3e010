package org.cityhall.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * Something that happened to a booking or a place on a waitlist. Every such event is filed in the archive
 * under the booking's reference and tells the booker, in the same transaction as the change: texts
 * {@code booking.notice.<what>.subject} and {@code .body} with the reference, the bookable's start and,
 * where the event has one, a third argument.
 */
public sealed interface BookingEvent extends Archivable, Notice
		permits BookingMade, BookingCancelled, WaitlistJoined, PlaceOffered, OfferExpired, BookingLapsed, BookingReminded,
		SeasonApplied, SeasonTimeRefused {

	/** Bookings are kept two years after they end, as the city's plan says for bookings of premises. */
	RetentionClass RETENTION = RetentionClass.disposeAfterYears(2);

	UUID eventId();

	BookingFacts booking();

	Instant at();

	/** The event's name in record types and message keys: {@code made}, {@code cancelled}, … */
	String what();

	/** A third argument for the notice's texts, when the event has one. */
	default Optional<String> detail() {
		return Optional.empty();
	}

	/** Whether the event ends the booking's matter. */
	default boolean ends() {
		return false;
	}

	@Override
	default ArchiveEntry archiveEntry() {
		BookingFacts booking = booking();
		ArchiveEntry.Builder entry = ArchiveEntry.of("booking-" + what() + ":" + eventId(), "booking." + what(), at())
				.subject(booking.booker())
				.matter(booking.reference())
				.department(booking.department())
				.title(new LocalizedText(booking.bookable().sv() + " " + BookingTime.local(booking.startsAt()),
						booking.bookable().en() + " " + BookingTime.local(booking.startsAt())))
				.retention(RETENTION);
		return ends() ? entry.closesMatter().build() : entry.build();
	}

	@Override
	default String noticeId() {
		return "booking-" + what() + ":" + eventId();
	}

	@Override
	default NoticeRecipient recipient() {
		return recipientOf(booking().booker());
	}

	@Override
	default String template() {
		return "booking.notice." + what();
	}

	@Override
	default List<String> arguments() {
		String start = BookingTime.local(booking().startsAt());
		return detail().map(detail -> List.of(booking().reference(), start, detail))
				.orElseGet(() -> List.of(booking().reference(), start));
	}

	@Override
	default Optional<String> link() {
		return Optional.of("/my-pages/bookings/" + booking().reference());
	}

	/** Whom a booking's notices reach: a resident by number, a visitor by e-mail. */
	static NoticeRecipient recipientOf(Party booker) {
		if (booker instanceof Party.Person person) {
			return NoticeRecipient.person(person.number());
		}
		if (booker instanceof Party.Visitor visitor) {
			return NoticeRecipient.email(visitor.email());
		}
		throw new IllegalArgumentException("only residents and visitors book; not a " + booker.kind());
	}
}
