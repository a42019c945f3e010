package org.cityhall.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.cityhall.billing.Fees;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a place costs, with the city's reductions, and incurring it with billing under the booking's
 * reference (billing's {@code FeeIncurred} is the event it invoices from):
 * <ul>
 * <li><b>sibling</b>: a camp week for a child whose guardian already holds a place in a camp the same week
 * for another child costs {@code cityhall.booking.sibling-reduction} less (25 % unless set);</li>
 * <li><b>youth</b>: a season time allocated to youth activities costs {@code cityhall.booking.youth-reduction}
 * less (50 % unless set).</li>
 * </ul>
 */
@Component
class BookingFees {

	/** A price and the reduction that made it, if one did. */
	record Price(Money amount, Optional<String> reduction) {
	}

	private final JdbcClient jdbc;
	private final Fees fees;
	private final BigDecimal siblingReduction;
	private final BigDecimal youthReduction;

	BookingFees(JdbcClient jdbc, Fees fees, @Value("${cityhall.booking.sibling-reduction:0.25}") BigDecimal siblingReduction,
			@Value("${cityhall.booking.youth-reduction:0.5}") BigDecimal youthReduction) {
		this.jdbc = jdbc;
		this.fees = fees;
		this.siblingReduction = siblingReduction;
		this.youthReduction = youthReduction;
	}

	/** The price of a place in the bookable for the participant, or empty when it is free. */
	Optional<Price> price(Bookable bookable, Party booker, Party participant, boolean youthActivity) {
		if (bookable.fee().isEmpty()) {
			return Optional.empty();
		}
		Money full = bookable.fee().get();
		if (bookable.kind() == BookableKind.SEASON_TIME && youthActivity) {
			return Optional.of(new Price(reduced(full, youthReduction), Optional.of("youth")));
		}
		if (bookable.kind() == BookableKind.CAMP && hasSiblingAtCampSameWeek(bookable, booker, participant)) {
			return Optional.of(new Price(reduced(full, siblingReduction), Optional.of("sibling")));
		}
		return Optional.of(new Price(full, Optional.empty()));
	}

	/** Incurs the price with billing: one fee per booking and bookable, so a retry incurs nothing more. */
	void incur(Party booker, String reference, Bookable bookable, Price price) {
		fees.incur(booker, reference, new LocalizedText("Bokning: " + bookable.title().sv(), "Booking: " + bookable.title().en()),
				price.amount(), bookable.vatRate());
	}

	private boolean hasSiblingAtCampSameWeek(Bookable bookable, Party booker, Party participant) {
		return jdbc.sql("""
				SELECT EXISTS (
				  SELECT 1 FROM booking_booking k JOIN booking_bookable b ON b.id = k.bookable_id
				  WHERE k.booker_kind = :bookerKind AND k.booker_id = :bookerId AND k.status IN ('HELD', 'CONFIRMED')
				    AND b.kind = 'CAMP' AND NOT (k.participant_kind = :participantKind AND k.participant_id = :participantId)
				    AND date_trunc('week', b.starts_at AT TIME ZONE 'Europe/Stockholm')
				        = date_trunc('week', CAST(:starts AS timestamptz) AT TIME ZONE 'Europe/Stockholm'))
				""").param("bookerKind", booker.kind()).param("bookerId", booker.id())
				.param("participantKind", participant.kind()).param("participantId", participant.id())
				.param("starts", Resources.utc(bookable.startsAt())).query(Boolean.class).single();
	}

	private static Money reduced(Money full, BigDecimal reduction) {
		BigDecimal amount = full.amount().multiply(BigDecimal.ONE.subtract(reduction)).setScale(2, RoundingMode.HALF_UP);
		return Money.sek(amount);
	}
}
