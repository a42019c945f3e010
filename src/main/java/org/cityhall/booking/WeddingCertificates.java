package org.cityhall.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseMessages;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.Cases;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple sends the certificate of no impediment to marriage for their ceremony after booking it. The file
 * (already checked by the caller through documents' {@code Uploads}) is kept in the document store and
 * written to the booking's case as a message from the couple, so the officers see it beside the booking and it
 * is filed with the case; the booking no longer lapses.
 */
@Service
public class WeddingCertificates {

	/** What became of a certificate sent. */
	public enum Outcome {
		/** Taken in: the booking stands. */
		RECEIVED,
		/** The booking needs none, or has one already. */
		NOT_NEEDED,
		/** The booking no longer holds its time (lapsed, cancelled). */
		NOT_CONFIRMED
	}

	private final Bookings bookings;
	private final BookingRows rows;
	private final DocumentStore documents;
	private final Cases cases;
	private final CaseMessages messages;
	private final MessageSource texts;
	private final Clock clock;

	WeddingCertificates(Bookings bookings, BookingRows rows, DocumentStore documents, Cases cases, CaseMessages messages,
			MessageSource texts, Clock clock) {
		this.bookings = bookings;
		this.rows = rows;
		this.documents = documents;
		this.cases = cases;
		this.messages = messages;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Takes in the certificate for a booking its booker made.
	 *
	 * @param mediaType the type its content shows, as {@code Uploads} found it
	 * @return empty when the booking is not the booker's
	 */
	@Transactional
	public Optional<Outcome> send(String reference, Party booker, String filename, String mediaType, byte[] content) {
		Optional<BookingView> found = bookings.find(reference)
				.filter(booking -> booking.booker().kind().equals(booker.kind()) && booking.booker().id().equals(booker.id()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		BookingView booking = found.get();
		if (booking.certificateDue().isEmpty() || booking.certificateAt().isPresent()) {
			return Optional.of(Outcome.NOT_NEEDED);
		}
		if (booking.status() != BookingView.Status.CONFIRMED) {
			return Optional.of(Outcome.NOT_CONFIRMED);
		}
		Instant now = clock.instant();
		if (!rows.stamp(reference, "certificate_at", now)) {
			return Optional.of(Outcome.NOT_CONFIRMED);
		}
		StoredDocument stored = documents.store(content, mediaType);
		CaseDocument document = new CaseDocument(stored.id().sha256(), CaseDocument.Role.SUPPLEMENT, filename, mediaType,
				stored.size(), now);
		cases.find(new CaseNumber(reference)).ifPresent(bookingCase -> {
			if (bookingCase.status() == CaseStatus.CLOSED || bookingCase.status() == CaseStatus.WITHDRAWN) {
				cases.attach(bookingCase.id(), document);
			}
			else {
				messages.post(bookingCase, booker, true,
						texts.getMessage("booking.certificate.message", new Object[] {reference}, Locale.forLanguageTag("sv")),
						List.of(document));
			}
		});
		return Optional.of(Outcome.RECEIVED);
	}
}
