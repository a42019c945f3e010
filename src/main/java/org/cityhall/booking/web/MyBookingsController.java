package org.cityhall.booking.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cityhall.booking.BookingTime;
import org.cityhall.booking.BookingView;
import org.cityhall.booking.Bookings;
import org.cityhall.booking.CalendarFeeds;
import org.cityhall.booking.CalendarFiles;
import org.cityhall.booking.WeddingCertificates;
import org.cityhall.documents.UploadCheck;
import org.cityhall.documents.Uploads;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A booker's own booking: what, where and when, its state and fee, cancelling before the deadline,
 * confirming or declining a place offered from the waitlist, its calendar file; and the booker's private
 * calendar feed. Anyone else's booking answers 404.
 */
@Controller
class MyBookingsController {

	/** A certificate is a PDF from the Tax Agency, or a photograph or scan of a paper one. */
	static final Set<String> CERTIFICATE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	static final long MAX_CERTIFICATE = 10 * Uploads.MEGABYTE;

	private final Bookings bookings;
	private final CalendarFiles calendarFiles;
	private final CalendarFeeds feeds;
	private final Clock clock;

	private final WeddingCertificates certificates;
	private final Uploads uploads;
	private final MessageSource texts;

	MyBookingsController(Bookings bookings, CalendarFiles calendarFiles, CalendarFeeds feeds, WeddingCertificates certificates,
			Uploads uploads, MessageSource texts, Clock clock) {
		this.bookings = bookings;
		this.calendarFiles = calendarFiles;
		this.feeds = feeds;
		this.certificates = certificates;
		this.uploads = uploads;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/my-pages/bookings/{reference}")
	String booking(@PathVariable String reference, Principal principal, Model model) {
		return page(own(reference, principal), model);
	}

	/**
	 * The couple sends the certificate of no impediment: one PDF or picture of it, checked by its content. A refused
	 * file is named in the message; a browser cannot keep a chosen file, so the message asks for it again.
	 */
	@PostMapping("/my-pages/bookings/{reference}/certificate")
	String certificate(@PathVariable String reference, @RequestParam(name = "certificate", required = false) MultipartFile file,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		BookingView booking = own(reference, principal);
		String error;
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			error = texts.getMessage("booking.certificate.error.none", null, locale);
		}
		else {
			UploadCheck check = uploads.check(file.getOriginalFilename(), file.getBytes(), CERTIFICATE_TYPES, MAX_CERTIFICATE);
			if (check.accepted()) {
				WeddingCertificates.Outcome outcome = certificates.send(reference, booking.booker(), filename(file), check.mediaType(),
						file.getBytes()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				redirect.addFlashAttribute("done", "booking.done.certificate-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
				return "redirect:/my-pages/bookings/" + reference;
			}
			error = texts.getMessage(check.messageKey(), check.messageArguments(), locale);
		}
		model.addAttribute("certificateError", error);
		return page(booking, model);
	}

	private static String filename(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? "certificate" : name;
	}

	private String page(BookingView booking, Model model) {
		model.addAttribute("booking", booking);
		model.addAttribute("starts", BookingTime.local(booking.bookable().startsAt()));
		model.addAttribute("deadline", BookingTime.local(booking.bookable().cancellationDeadline()));
		model.addAttribute("heldUntil", booking.heldUntil().map(BookingTime::local).orElse(null));
		model.addAttribute("certificateDue", booking.certificateDue().filter(due -> booking.certificateAt().isEmpty())
				.map(BookingTime::local).orElse(null));
		model.addAttribute("cancellable", booking.status() == BookingView.Status.CONFIRMED
				&& booking.cancellableAt(clock.instant()));
		return "booking/booking";
	}

	@GetMapping("/my-pages/bookings/waiting/{reference}")
	String waiting(@PathVariable String reference, Principal principal, Model model) {
		Party booker = Bookers.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Bookings.WaitingPlace place = bookings.waitingBy(booker).stream().filter(p -> p.reference().equals(reference))
				.findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("place", place);
		return "booking/waiting";
	}

	@PostMapping("/my-pages/bookings/{reference}/cancel")
	String cancel(@PathVariable String reference, Principal principal, RedirectAttributes redirect) {
		Party booker = Bookers.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Bookings.Cancellation done = bookings.cancel(reference, booker);
		if (done == Bookings.Cancellation.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "booking.done." + done.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		return done == Bookings.Cancellation.LEFT_WAITLIST ? "redirect:/my-pages" : "redirect:/my-pages/bookings/" + reference;
	}

	@PostMapping("/my-pages/bookings/{reference}/confirm")
	String confirm(@PathVariable String reference, Principal principal, RedirectAttributes redirect) {
		Party booker = own(reference, principal).booker();
		redirect.addFlashAttribute("done", bookings.confirmOffer(reference, booker) ? "booking.done.confirmed"
				: "booking.done.offer-gone");
		return "redirect:/my-pages/bookings/" + reference;
	}

	@PostMapping("/my-pages/bookings/{reference}/decline")
	String decline(@PathVariable String reference, Principal principal, RedirectAttributes redirect) {
		Party booker = own(reference, principal).booker();
		bookings.declineOffer(reference, booker);
		redirect.addFlashAttribute("done", "booking.done.declined");
		return "redirect:/my-pages/bookings/" + reference;
	}

	@GetMapping("/my-pages/bookings/{reference}/calendar.ics")
	ResponseEntity<String> calendarFile(@PathVariable String reference, Principal principal, Locale locale) {
		BookingView booking = own(reference, principal);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".ics\"")
				.contentType(MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE))
				.body(calendarFiles.of(List.of(booking), locale, clock.instant()));
	}

	@GetMapping("/my-pages/bookings/feed")
	String feed() {
		return "booking/feed";
	}

	@PostMapping("/my-pages/bookings/feed")
	String newFeed(Principal principal, Model model) {
		Party booker = Bookers.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String token = feeds.renew(booker);
		model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics")
				.buildAndExpand(token).toUriString());
		return "booking/feed";
	}

	/** The feed a calendar application subscribes to: the token is the only key, so no sign-in is asked. */
	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feedFile(@PathVariable String token, Locale locale) {
		Optional<Party> owner = feeds.owner(token);
		if (owner.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE))
				.header(HttpHeaders.CACHE_CONTROL, "private, max-age=900")
				.body(calendarFiles.of(bookings.bookedBy(owner.get()), locale, clock.instant()));
	}

	private BookingView own(String reference, Principal principal) {
		Party booker = Bookers.of(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return bookings.find(reference).filter(found -> found.booker().kind().equals(booker.kind())
				&& found.booker().id().equals(booker.id())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
