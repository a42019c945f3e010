package org.cityhall.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Booking places, waiting for them and giving them back. A bookable is locked while it is booked, and the
 * database itself refuses more places than the capacity, so two people never get the same last place.
 * Every change is an event that is filed and tells the booker.
 */
@Service
public class Bookings {

	private final BookingRows rows;
	private final Waitlists waitlists;
	private final BookingFees fees;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration certificateBefore;

	Bookings(BookingRows rows, Waitlists waitlists, BookingFees fees, ApplicationEventPublisher events, Clock clock,
			@Value("${cityhall.booking.certificate-before:14d}") Duration certificateBefore) {
		this.rows = rows;
		this.waitlists = waitlists;
		this.fees = fees;
		this.events = events;
		this.clock = clock;
		this.certificateBefore = certificateBefore;
	}

	/**
	 * Books a place, or joins the waitlist when none is free and the request asks to. Runs in the caller's
	 * transaction (the submission's), so a refused request keeps nothing.
	 */
	@Transactional
	public BookingOutcome book(BookingRequest request) {
		Objects.requireNonNull(request, "request");
		Optional<Bookable> found = rows.lock(request.bookableCode());
		if (found.isEmpty()) {
			return BookingOutcome.Refused.because("unknown", request.bookableCode());
		}
		Bookable bookable = found.get();
		Instant now = clock.instant();
		if (bookable.isClosed()) {
			return BookingOutcome.Refused.because("closed", bookable.code());
		}
		if (!now.isBefore(bookable.startsAt())) {
			return BookingOutcome.Refused.because("started", bookable.code());
		}
		Optional<BookingOutcome.Refused> notAdmitted = admits(bookable, request.participant());
		if (notAdmitted.isPresent()) {
			return notAdmitted.get();
		}
		if (holdsPlace(bookable, request.participant()) || waitlists.waits(bookable.id(), request.participant())) {
			return BookingOutcome.Refused.because("already", bookable.code());
		}
		if (bookable.isFull()) {
			if (!request.waitlistIfFull()) {
				return BookingOutcome.Refused.because("full", bookable.code());
			}
			return new BookingOutcome.Waitlisted(request.reference(),
					waitlists.join(bookable, request.reference(), request.booker(), request.participant()));
		}
		Optional<Instant> certificateDue = Optional.empty();
		if (bookable.resourceKind() == ResourceKind.CEREMONY_ROOM && !request.certificateGiven()) {
			Instant due = bookable.startsAt().minus(certificateBefore);
			if (!now.isBefore(due)) {
				return BookingOutcome.Refused.because("certificate-now", BookingTime.local(due));
			}
			certificateDue = Optional.of(due);
		}
		Optional<BookingFees.Price> price = fees.price(bookable, request.booker(), request.participant(),
				"true".equals(request.details().get("youthActivity")));
		rows.insert(bookable.id(), request.reference(), request.booker(), request.participant(), BookingView.Status.CONFIRMED,
				Optional.empty(), price.map(BookingFees.Price::amount), price.flatMap(BookingFees.Price::reduction),
				request.details(), certificateDue, request.certificateGiven(), now);
		price.ifPresent(fee -> fees.incur(request.booker(), request.reference(), bookable, fee));
		BookingView made = rows.find(request.reference()).orElseThrow();
		events.publishEvent(new BookingMade(UuidCreator.getTimeOrderedEpoch(), made.facts(),
				price.map(fee -> fee.amount().toString()), now));
		return new BookingOutcome.Booked(request.reference(), price.map(BookingFees.Price::amount), certificateDue);
	}

	/** The booking under the reference, with its latest state. */
	public Optional<BookingView> find(String reference) {
		return rows.find(reference);
	}

	/** The bookings the party made, soonest first. */
	public List<BookingView> bookedBy(Party booker) {
		return rows.ofBooker(booker);
	}

	/** Where the party waits, as {@code reference → position}. */
	public List<WaitingPlace> waitingBy(Party booker) {
		return waiting(waitlists.of(booker));
	}

	/** {@link #bookedBy}, queued with the other sections' queries of My pages. */
	public Supplier<List<BookingView>> bookedBy(Party booker, MyPagesReads reads) {
		return rows.ofBooker(booker, reads);
	}

	/** {@link #waitingBy}, queued with the other sections' queries of My pages. */
	public Supplier<List<WaitingPlace>> waitingBy(Party booker, MyPagesReads reads) {
		Supplier<List<Waitlists.Place>> places = waitlists.of(booker, reads);
		return () -> waiting(places.get());
	}

	private static List<WaitingPlace> waiting(List<Waitlists.Place> places) {
		return places.stream().map(place -> new WaitingPlace(place.reference(), place.position())).toList();
	}

	/** A place on a waitlist: 1 is next. */
	public record WaitingPlace(String reference, int position) {
	}

	/** The waitlist position of the reference, if it waits. */
	public Optional<Integer> waitlistPosition(String reference) {
		return waitlists.position(reference);
	}

	/** What came of a cancellation. */
	public enum Cancellation {
		CANCELLED, LEFT_WAITLIST, TOO_LATE, NOT_FOUND
	}

	/**
	 * The booker cancels before the bookable's deadline, or leaves its waitlist. A place given back goes
	 * to the waitlist at once.
	 */
	@Transactional
	public Cancellation cancel(String reference, Party booker) {
		if (waitlists.leave(reference, booker)) {
			return Cancellation.LEFT_WAITLIST;
		}
		Optional<BookingView> booking = rows.find(reference).filter(found -> found.booker().equals(booker)
				|| found.booker().id().equals(booker.id()) && found.booker().kind().equals(booker.kind()));
		if (booking.isEmpty() || !booking.get().status().holdsPlace()) {
			return Cancellation.NOT_FOUND;
		}
		if (!booking.get().cancellableAt(clock.instant())) {
			return Cancellation.TOO_LATE;
		}
		end(booking.get(), booker.id(), Optional.empty());
		return Cancellation.CANCELLED;
	}

	/**
	 * Cancels for the booker, whatever the deadline: an exception staff make with a reason, recorded
	 * with who made it.
	 */
	@Transactional
	public boolean cancelAsStaff(String reference, String staffId, String reason) {
		Optional<BookingView> booking = rows.find(reference).filter(found -> found.status().holdsPlace());
		if (booking.isEmpty()) {
			return false;
		}
		end(booking.get(), "staff:" + staffId, Optional.of(reason));
		return true;
	}

	/**
	 * Moves a booking to another bookable under the same reference: the new place is booked first, and
	 * only then is the old one given back, so a full new bookable leaves the old booking as it was.
	 */
	@Transactional
	public BookingOutcome rebook(String reference, String newBookableCode, Party booker) {
		Optional<BookingView> booking = rows.find(reference).filter(found -> found.status() == BookingView.Status.CONFIRMED
				&& found.booker().id().equals(booker.id()));
		if (booking.isEmpty()) {
			return BookingOutcome.Refused.because("not-yours", reference);
		}
		BookingView old = booking.get();
		if (!old.cancellableAt(clock.instant())) {
			return BookingOutcome.Refused.because("too-late", BookingTime.local(old.bookable().cancellationDeadline()));
		}
		// The old row stops being live first so the reference can name the new one; a refusal below
		// throws, and the rollback gives the old place back to the booker.
		Instant now = clock.instant();
		rows.end(reference, BookingView.Status.CONFIRMED, BookingView.Status.CANCELLED, "rebooked", now);
		BookingOutcome outcome = book(new BookingRequest(newBookableCode, reference, old.booker(), old.participant(), false,
				old.details(), old.certificateAt().isPresent()));
		if (!(outcome instanceof BookingOutcome.Booked)) {
			throw new RebookingRefused((BookingOutcome.Refused) outcome);
		}
		events.publishEvent(new BookingCancelled(UuidCreator.getTimeOrderedEpoch(), old.facts(), booker.id(),
				Optional.of("rebooked to " + newBookableCode), now));
		rows.lock(old.bookable().code()).ifPresent(waitlists::promote);
		return outcome;
	}

	/** A rebooking the new bookable refused: the transaction rolls back and the old booking stands. */
	public static class RebookingRefused extends RuntimeException {

		private final BookingOutcome.Refused refusal;

		RebookingRefused(BookingOutcome.Refused refusal) {
			super(refusal.messageKey());
			this.refusal = refusal;
		}

		public BookingOutcome.Refused refusal() {
			return refusal;
		}
	}

	/** The booker confirms a place offered from the waitlist before it expires; whether it was confirmed. */
	@Transactional
	public boolean confirmOffer(String reference, Party booker) {
		Optional<BookingView> held = rows.find(reference).filter(found -> found.status() == BookingView.Status.HELD
				&& found.booker().id().equals(booker.id()) && found.heldUntil().orElseThrow().isAfter(clock.instant()));
		if (held.isEmpty()) {
			return false;
		}
		BookingView offer = held.get();
		Optional<BookingFees.Price> price = fees.price(offer.bookable(), offer.booker(), offer.participant(), false);
		if (!rows.confirm(reference, price.map(BookingFees.Price::amount), price.flatMap(BookingFees.Price::reduction))) {
			return false;
		}
		price.ifPresent(fee -> fees.incur(offer.booker(), reference, offer.bookable(), fee));
		events.publishEvent(new BookingMade(UuidCreator.getTimeOrderedEpoch(), offer.facts(),
				price.map(fee -> fee.amount().toString()), clock.instant()));
		return true;
	}

	/** The booker declines a place offered; it goes to the next in line. */
	@Transactional
	public boolean declineOffer(String reference, Party booker) {
		Optional<BookingView> held = rows.find(reference).filter(found -> found.status() == BookingView.Status.HELD
				&& found.booker().id().equals(booker.id()));
		if (held.isEmpty()) {
			return false;
		}
		expire(held.get(), true);
		return true;
	}

	/** Offers whose time ran out pass to the next in line; how many expired. */
	@Transactional
	public int expireOffers() {
		List<BookingView> expired = rows.where("k.status = 'HELD' AND k.held_until <= :now", clock.instant());
		expired.forEach(offer -> expire(offer, false));
		return expired.size();
	}

	private void expire(BookingView offer, boolean declined) {
		Instant now = clock.instant();
		Bookable locked = rows.lock(offer.bookable().code()).orElseThrow();
		if (rows.end(offer.reference(), BookingView.Status.HELD, BookingView.Status.EXPIRED,
				declined ? "declined" : "not confirmed in time", now)) {
			events.publishEvent(new OfferExpired(UuidCreator.getTimeOrderedEpoch(), offer.facts(), declined, now));
			waitlists.promote(rows.lock(locked.code()).orElseThrow());
		}
	}

	/** Ends a live booking and offers its place to the waitlist. */
	private void end(BookingView booking, String by, Optional<String> reason) {
		Instant now = clock.instant();
		rows.lock(booking.bookable().code());
		if (rows.end(booking.reference(), booking.status(), BookingView.Status.CANCELLED, reason.orElse("cancelled"), now)) {
			events.publishEvent(new BookingCancelled(UuidCreator.getTimeOrderedEpoch(), booking.facts(), by, reason, now));
			waitlists.promote(rows.lock(booking.bookable().code()).orElseThrow());
		}
	}

	private boolean holdsPlace(Bookable bookable, Party participant) {
		return rows.holds(bookable.id(), participant);
	}

	private static Optional<BookingOutcome.Refused> admits(Bookable bookable, Party participant) {
		if (bookable.minAge().isEmpty() && bookable.maxAge().isEmpty()) {
			return Optional.empty();
		}
		if (!(participant instanceof Party.Person person)) {
			return Optional.of(BookingOutcome.Refused.because("age-unknown", bookable.code()));
		}
		int age = person.number().ageOn(bookable.firstDay());
		if (!bookable.admitsAge(age)) {
			return Optional.of(BookingOutcome.Refused.because("age", age, bookable.minAge().orElse(0),
					bookable.maxAge().orElse(120)));
		}
		return Optional.empty();
	}
}
