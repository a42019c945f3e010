package org.cityhall.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files (RFC 5545) of bookings: one event per session, in Stockholm's local time with the
 * zone's own VTIMEZONE, so a calendar shows the right hour on both sides of a change to or from summer
 * time. A booking that no longer holds a place is written as cancelled, so calendars that had it drop it.
 */
@Component
public class CalendarFiles {

	/** The media type of an iCalendar file. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
	private final Resources resources;

	CalendarFiles(Resources resources) {
		this.resources = resources;
	}

	/**
	 * Stockholm's VTIMEZONE under its own name. The time-zone database links Europe/Stockholm to
	 * Europe/Berlin (the same rules since 1980), and ical4j hands out the linked definition; the events
	 * name Europe/Stockholm, so the definition must too, without pointing at Berlin's.
	 */
	private VTimeZone stockholm() {
		VTimeZone zone = zones.getTimeZone(BookingTime.ZONE.getId()).getVTimeZone().copy();
		zone.replace(new TzId(BookingTime.ZONE.getId()));
		zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
		return zone;
	}

	/** The calendar of the bookings, titled in the language given. */
	public String of(List<BookingView> bookings, Locale locale, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//CityHall//Bookings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(stockholm());
		for (BookingView booking : bookings) {
			List<Resources.Session> sessions = resources.sessions(booking.bookable().id());
			for (int i = 0; i < sessions.size(); i++) {
				Resources.Session session = sessions.get(i);
				VEvent event = new VEvent(ZonedDateTime.ofInstant(session.startsAt(), BookingTime.ZONE),
						ZonedDateTime.ofInstant(session.endsAt(), BookingTime.ZONE), booking.bookable().title().in(locale));
				event.add(new Uid("booking-" + booking.reference() + "-" + (i + 1) + "@cityhall"));
				event.add(new DtStamp(now));
				event.add(new Location(booking.bookable().resourceName().in(locale)));
				event.add(new Description(booking.reference()));
				event.add(booking.status().holdsPlace() ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_CANCELLED));
				calendar.add(event);
			}
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}
}
