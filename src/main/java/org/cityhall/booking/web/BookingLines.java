package org.cityhall.booking.web;

import java.util.List;
import java.util.Locale;

import org.cityhall.booking.BookingTime;
import org.cityhall.booking.BookingView;

/** Bookings as lines of a list, in the page's language. */
final class BookingLines {

	/** A booking as a line: reference, what, where, when (Stockholm) and its state's code. */
	record Line(String reference, String title, String place, String starts, String status) {
	}

	private BookingLines() {
	}

	static List<Line> of(List<BookingView> bookings, Locale locale) {
		return bookings.stream().map(booking -> new Line(booking.reference(), booking.bookable().title().in(locale),
				booking.bookable().resourceName().in(locale), BookingTime.local(booking.bookable().startsAt()),
				booking.status().code())).toList();
	}
}
