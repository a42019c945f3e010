package org.cityhall.booking.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.booking.BookingView;
import org.cityhall.booking.Bookings;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The person's bookings and waitlist places on My pages, with a link to each and to their calendar feed. */
@Component
class BookingsSection implements MyPagesSection {

	private final Bookings bookings;
	private final MessageSource messages;

	BookingsSection(Bookings bookings, MessageSource messages) {
		this.bookings = bookings;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return Bookers.of(person).<Supplier<Optional<Content>>>map(booker -> {
			Supplier<List<BookingView>> booked = bookings.bookedBy(booker, reads);
			Supplier<List<Bookings.WaitingPlace>> waiting = bookings.waitingBy(booker, reads);
			return () -> content(booked.get(), waiting.get(), locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(List<BookingView> booked, List<Bookings.WaitingPlace> waiting, Locale locale) {
		if (booked.isEmpty() && waiting.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(messages.getMessage("booking.mypages.heading", null, locale),
				"booking/my-pages :: section", Map.of("bookings", BookingLines.of(booked, locale), "waiting", waiting)));
	}
}
