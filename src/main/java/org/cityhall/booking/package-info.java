/**
 * Bookable resources: City Hall's ceremony room, sports halls and fields, pools and holiday camps, and
 * what can be booked in them — wedding slots, weekly season times, swimming courses, camp weeks — with
 * capacity the database enforces, waitlists that move by themselves, fees, cancellation rules and
 * calendar files. Bookings are made through {@code cases}' submission handler for e-services of kind
 * {@code booking}; fees go to {@code billing}; every change is an event, filed in the archive and
 * notified.
 * <p>
 * The API: {@link org.cityhall.booking.Resources} (resources and bookables, for staff),
 * {@link org.cityhall.booking.Bookings} (booking, waitlists, cancelling), {@link org.cityhall.booking.Seasons}
 * (season applications and their allocation) and the events implementing
 * {@link org.cityhall.booking.BookingEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking",
		allowedDependencies = {"shared", "web", "audit", "documents", "archive", "notifications", "forms", "catalogue",
				"identity", "billing", "cases"})
package org.cityhall.booking;
