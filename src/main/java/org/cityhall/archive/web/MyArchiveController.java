package org.cityhall.archive.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.archive.export.ArchiveExports;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The resident's right of access (GDPR article 15): on My pages, one download of everything the city
 * has filed about them, as an E-ARK package with each record as JSON and its documents. Officers'
 * internal records are left out; they are released on request after an officer's review. The
 * person's read of their own data is not audited.
 */
@Controller
class MyArchiveController implements MyPagesSection {

	static final String DOWNLOAD = "/my-pages/archive/download";

	private final ArchiveExports exports;
	private final MessageSource messages;
	private final Clock clock;

	MyArchiveController(ArchiveExports exports, MessageSource messages, Clock clock) {
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		// Nothing to read: the section offers the download of what the archive holds about the resident.
		if (!isResident(person)) {
			return Optional::empty;
		}
		Optional<Content> content = Optional.of(new Content(messages.getMessage("archivists.mypages.heading", null, locale),
				"archive/my-pages :: section", Map.of("download", DOWNLOAD)));
		return () -> content;
	}

	@GetMapping(DOWNLOAD)
	ResponseEntity<StreamingResponseBody> download(Principal person) {
		if (!isResident(person)) {
			// Only a resident signed in with a personal identity number has records filed about them by it.
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		String subject = person.getName();
		return Downloads.sip("stadens-arkiv-om-mig-" + LocalDate.now(clock.withZone(Times.CITY)),
				out -> exports.subject(subject, false, out));
	}

	private static boolean isResident(Principal person) {
		return person != null && person.getName() != null && person.getName().matches("\\d{12}");
	}
}
