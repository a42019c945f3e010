package org.cityhall.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * What moves bookings on by the clock: offers from the waitlist that ran out pass to the next in line;
 * weddings whose certificate of no impediment is missing are warned twice and lapse at the deadline,
 * giving the time to the waitlist; and bookers are reminded the day before their booking starts. Each
 * step claims its rows with a guarded update, so a second node or a rerun sends nothing twice.
 */
@Component
class BookingHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(BookingHousekeeping.class);

	private final Bookings bookings;
	private final BookingRows rows;
	private final Waitlists waitlists;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration firstWarning;
	private final Duration lastWarning;
	private final Duration remindBefore;

	BookingHousekeeping(Bookings bookings, BookingRows rows, Waitlists waitlists, ApplicationEventPublisher events, Clock clock,
			@Value("${cityhall.booking.certificate-first-warning:14d}") Duration firstWarning,
			@Value("${cityhall.booking.certificate-last-warning:3d}") Duration lastWarning,
			@Value("${cityhall.booking.remind-before:24h}") Duration remindBefore) {
		this.bookings = bookings;
		this.rows = rows;
		this.waitlists = waitlists;
		this.events = events;
		this.clock = clock;
		this.firstWarning = firstWarning;
		this.lastWarning = lastWarning;
		this.remindBefore = remindBefore;
	}

	@Scheduled(cron = "${cityhall.booking.housekeeping-cron:0 */5 * * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "booking-housekeeping")
	@Transactional
	public void run() {
		int expired = bookings.expireOffers();
		int lapsed = certificates();
		int reminded = reminders();
		if (expired + lapsed + reminded > 0) {
			LOG.info("bookings: {} offers expired, {} weddings lapsed without certificate, {} reminders", expired, lapsed, reminded);
		}
	}

	/** Warns of missing certificates and lapses the bookings past their deadline; how many lapsed. */
	int certificates() {
		Instant now = clock.instant();
		int lapsed = 0;
		for (BookingView booking : rows.where("k.status = 'CONFIRMED' AND k.certificate_due IS NOT NULL"
				+ " AND k.certificate_at IS NULL", now)) {
			Instant due = booking.certificateDue().orElseThrow();
			if (!now.isBefore(due)) {
				if (rows.end(booking.reference(), BookingView.Status.CONFIRMED, BookingView.Status.LAPSED,
						"no certificate of no impediment by " + BookingTime.local(due), now)) {
					events.publishEvent(new BookingLapsed(UuidCreator.getTimeOrderedEpoch(), booking.facts(), "certificate", now));
					waitlists.promote(rows.lock(booking.bookable().code()).orElseThrow());
					lapsed++;
				}
				continue;
			}
			int sent = rows.warningsSent(booking.reference());
			boolean warn = sent == 0 && !now.isBefore(due.minus(firstWarning))
					|| sent == 1 && !now.isBefore(due.minus(lastWarning));
			if (warn && rows.warned(booking.reference(), sent)) {
				events.publishEvent(new BookingReminded(UuidCreator.getTimeOrderedEpoch(), booking.facts(), "certificate",
						Optional.of(BookingTime.local(due)), now));
			}
		}
		return lapsed;
	}

	/** Reminds bookers of bookings starting within the reminder time; how many were reminded. */
	int reminders() {
		Instant now = clock.instant();
		int reminded = 0;
		for (BookingView booking : rows.where("k.status = 'CONFIRMED' AND k.reminded_at IS NULL AND b.starts_at > :now"
				+ " AND b.starts_at <= CAST(:now AS timestamptz) + interval '" + remindBefore.toSeconds() + " seconds'", now)) {
			if (rows.stamp(booking.reference(), "reminded_at", now)) {
				events.publishEvent(new BookingReminded(UuidCreator.getTimeOrderedEpoch(), booking.facts(), "start",
						Optional.empty(), now));
				reminded++;
			}
		}
		return reminded;
	}
}
